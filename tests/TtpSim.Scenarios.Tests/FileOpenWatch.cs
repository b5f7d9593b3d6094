using System.Runtime.InteropServices;
using System.Text;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// Records every file opened in a folder, by any code, through Linux's inotify: evidence that the loader
/// opened no file there, which no amount of checking its results could give.
/// </summary>
internal sealed partial class FileOpenWatch : IDisposable
{
    private const int NonBlocking = 0x800;
    private const uint Opened = 0x20;
    private const int TryAgain = 11;

    private readonly int descriptor;

    public FileOpenWatch(string folder)
    {
        descriptor = InotifyInit1(NonBlocking);
        if (descriptor < 0 || InotifyAddWatch(descriptor, folder, Opened) < 0)
        {
            throw new InvalidOperationException($"inotify could not watch {folder}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>The names of the files opened in the folder since the watch began (or since the last call).</summary>
    public List<string> OpenedFiles()
    {
        var names = new List<string>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var length = Read(descriptor, buffer, buffer.Length);
            if (length < 0)
            {
                var error = Marshal.GetLastPInvokeError();
                return error == TryAgain ? names : throw new InvalidOperationException($"reading inotify events failed: errno {error}");
            }

            // struct inotify_event { int wd; uint32_t mask; uint32_t cookie; uint32_t len; char name[len]; }
            for (var offset = 0; offset < length;)
            {
                var nameLength = BitConverter.ToInt32(buffer, offset + 12);
                var name = Encoding.UTF8.GetString(buffer, offset + 16, nameLength).TrimEnd('\0');
                names.Add(name.Length == 0 ? "(the folder itself)" : name);
                offset += 16 + nameLength;
            }
        }
    }

    public void Dispose() => _ = Close(descriptor);

    [LibraryImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static partial int InotifyInit1(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int InotifyAddWatch(int descriptor, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int descriptor, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
