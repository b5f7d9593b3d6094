using System.Diagnostics;
using System.Text;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The CLI run as a child process (<c>dotnet ttpsim.dll ...</c>), with this process's environment (so the same
/// TTPSIM_HOME or TTPSIM_CONNECTION) plus the bench's own schema, so a child never touches the user's store.
/// </summary>
public sealed class CliChild(string cliDll, string schema)
{
    /// <summary>The variable <c>StoreSession</c> reads for the schema; unset, it is TtpSim's own.</summary>
    public const string SchemaVariable = "TTPSIM_SCHEMA";

    private static readonly TimeSpan ExitLimit = TimeSpan.FromMinutes(30);

    public sealed record Exit(int Code, string Output, string Error, TimeSpan WallTime, long PeakResidentKb);

    /// <summary>Runs to the end; with <paramref name="watchMemory"/>, polls the child's VmHWM (peak resident set) every 20 ms.</summary>
    public async Task<Exit> RunAsync(IReadOnlyList<string> args, bool watchMemory, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[SchemaVariable] = schema;
        start.Environment["CI"] = "true";
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(ExitLimit);
        long peak = 0;
        try
        {
            var exited = process.WaitForExitAsync(limit.Token);
            while (watchMemory && !exited.IsCompleted)
            {
                peak = Math.Max(peak, PeakResidentKb(process.Id));
                await Task.WhenAny(exited, Task.Delay(20, limit.Token));
            }

            await exited;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var wall = clock.Elapsed;
        await process.WaitForExitAsync(CancellationToken.None);
        return new Exit(process.ExitCode, Text(output), Text(error), wall, peak);
    }

    /// <summary>VmHWM from /proc: the kernel's own high-water mark, so a peak between two polls is not missed (only the last 20 ms can be).</summary>
    private static long PeakResidentKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read: the last value read stands.
        }

        return 0;
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
