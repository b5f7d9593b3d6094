using Microsoft.Win32.SafeHandles;

namespace TtpSim.Scenarios.JsonLines;

/// <summary>
/// The lines of a file, read through one window of bytes: in file order, or one at a given byte offset. The
/// window is refilled only when a line leaves it, so lines read in (or near) file order cost no extra reads,
/// and the file is never held whole. A UTF-8 byte order mark at the start is skipped.
/// </summary>
internal sealed class LineSource : IDisposable
{
    private const int WindowBytes = 1 << 20;

    private readonly SafeFileHandle handle;
    private byte[] window = new byte[WindowBytes];
    private long windowStart;
    private int windowLength;

    public LineSource(string path)
    {
        handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        Length = RandomAccess.GetLength(handle);
        Span<byte> start = stackalloc byte[3];
        FirstLineOffset = RandomAccess.Read(handle, start, 0) == 3 && start is [0xEF, 0xBB, 0xBF] ? 3 : 0;
    }

    public long Length { get; }

    public long FirstLineOffset { get; }

    /// <summary>The line starting at <paramref name="offset"/>, without its line break, and where the next line starts.</summary>
    public ReadOnlySpan<byte> LineAt(long offset, out long next)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, Length);
        while (true)
        {
            if (offset >= windowStart && offset < windowStart + windowLength)
            {
                var from = (int)(offset - windowStart);
                var rest = window.AsSpan(from, windowLength - from);
                var end = rest.IndexOf((byte)'\n');
                if (end >= 0 || windowStart + windowLength == Length)
                {
                    var length = end >= 0 ? end : rest.Length;
                    next = offset + length + (end >= 0 ? 1 : 0);
                    var line = rest[..length];
                    return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
                }

                if (from == 0)
                {
                    // A line longer than the window: widen it.
                    Array.Resize(ref window, window.Length * 2);
                }
            }

            Fill(offset);
        }
    }

    private void Fill(long offset)
    {
        windowStart = offset;
        windowLength = 0;
        while (windowLength < window.Length)
        {
            var read = RandomAccess.Read(handle, window.AsSpan(windowLength), offset + windowLength);
            if (read == 0)
            {
                break;
            }

            windowLength += read;
        }
    }

    public void Dispose() => handle.Dispose();
}
