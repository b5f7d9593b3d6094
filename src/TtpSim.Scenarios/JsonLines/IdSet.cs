using System.Text;

namespace TtpSim.Scenarios.JsonLines;

/// <summary>
/// The event ids of a streamed file, exactly, in a few bytes each: their UTF-8 text in large blocks and an
/// open-addressing table of where each starts. A set of a million strings would take several times the
/// memory the streamed loader is allowed for everything.
/// </summary>
internal sealed class IdSet
{
    private const int BlockBytes = 1 << 20;

    private readonly List<byte[]> blocks = [new byte[BlockBytes]];
    private int used;
    private long[] slots = new long[1 << 12];
    private int count;

    /// <summary>Adds the id; false when it was already there.</summary>
    public bool Add(string id) => Find(id, add: true);

    public bool Contains(string id) => !Find(id, add: false);

    /// <summary>True when <paramref name="id"/> was added now (absent before), false when it is present.</summary>
    private bool Find(string id, bool add)
    {
        var text = Encoding.UTF8.GetBytes(id);
        var mask = slots.Length - 1;
        for (var slot = (int)(Hash(text) & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            if (slots[slot] == 0)
            {
                if (add)
                {
                    slots[slot] = Store(text) + 1;
                    if (++count * 2 > slots.Length)
                    {
                        Grow();
                    }
                }

                return true;
            }

            if (Stored(slots[slot] - 1).SequenceEqual(text))
            {
                return false;
            }
        }
    }

    private long Store(byte[] text)
    {
        var needed = text.Length + 4;
        if (used + needed > blocks[^1].Length)
        {
            blocks.Add(new byte[Math.Max(BlockBytes, needed)]);
            used = 0;
        }

        var block = blocks[^1];
        BitConverter.TryWriteBytes(block.AsSpan(used), text.Length);
        text.CopyTo(block.AsSpan(used + 4));
        var position = ((long)(blocks.Count - 1) << 32) | (uint)used;
        used += needed;
        return position;
    }

    private ReadOnlySpan<byte> Stored(long position)
    {
        var block = blocks[(int)(position >> 32)];
        var at = (int)(position & 0xFFFFFFFF);
        return block.AsSpan(at + 4, BitConverter.ToInt32(block, at));
    }

    private void Grow()
    {
        var old = slots;
        slots = new long[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry == 0)
            {
                continue;
            }

            var slot = (int)(Hash(Stored(entry - 1)) & (ulong)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = entry;
        }
    }

    /// <summary>FNV-1a, then mixed, so ids that differ only at the end still spread over the table.</summary>
    private static ulong Hash(ReadOnlySpan<byte> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in text)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        return hash ^ (hash >> 33);
    }
}
