using System.Buffers;
using Marten;

namespace TtpSim.Storage.Replay;

/// <summary>
/// The JSON bodies of one COPY batch, written as UTF-8 back to back into one array borrowed from a pool,
/// and handed to COPY as slices of it. Made one string each, every body was transcoded twice (the serializer's
/// UTF-8 to a string, and back to UTF-8 on the wire), and a long history's change points (tens of KB each) were
/// strings on the large object heap, whose churn kept the background collector busy through a replay.
/// </summary>
internal sealed class PooledJson(ArrayPool<byte> pool, ISerializer serializer, int expectedBytes) : IBufferWriter<byte>, IDisposable
{
    private readonly List<(int Start, int Length)> bodies = [];
    private byte[] buffer = pool.Rent(Math.Max(expectedBytes, 4096));
    private int written;

    /// <summary>The bytes written so far.</summary>
    public int Length => written;

    /// <summary>The bodies added so far.</summary>
    public int Count => bodies.Count;

    /// <summary>
    /// The UTF-8 JSON of the <paramref name="index"/>-th body added; valid until the next <see cref="Add"/> (which may
    /// move the bodies to a larger array) or <see cref="Dispose"/>. A batch is filled whole before it is written.
    /// </summary>
    public ReadOnlyMemory<byte> this[int index] => buffer.AsMemory(bodies[index].Start, bodies[index].Length);

    /// <summary>Adds <paramref name="value"/>'s JSON as the serializer writes it (the JSON Marten stores).</summary>
    public void Add(object value)
    {
        var start = written;
        serializer.WriteTo(this, value);
        bodies.Add((start, written - start));
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        var returned = buffer;
        buffer = [];
        written = 0;
        bodies.Clear();
        if (returned.Length > 0)
        {
            pool.Return(returned);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = checked(written + Math.Max(sizeHint, 1));
        if (needed <= buffer.Length)
        {
            return;
        }

        var larger = pool.Rent((int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * buffer.Length)));
        buffer.AsSpan(0, written).CopyTo(larger);
        pool.Return(buffer);
        buffer = larger;
    }
}
