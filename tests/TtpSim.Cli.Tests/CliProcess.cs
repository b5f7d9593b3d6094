using System.Diagnostics;
using System.Text;

namespace TtpSim.Cli.Tests;

/// <summary>
/// The built CLI running as its own process, for tests that must act while it runs: kill it, stop its
/// database, or race it against another. Every wait is bounded, so a hung process fails the test.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private CliProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>Starts <c>dotnet ttpsim.dll</c> with the environment changed as given (null removes a variable).</summary>
    public static CliProcess Start(IDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ttpsim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Append(cli.output, e.Data);
        process.ErrorDataReceived += (_, e) => cli.Append(cli.error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    public static async Task<CliResult> RunAsync(IDictionary<string, string?> environment, params string[] args)
    {
        using var cli = Start(environment, args);
        return await cli.WaitForExitAsync();
    }

    /// <summary>Null while running; once ended, its exit code and standard error, for a test's failure message.</summary>
    public string? Ended() => process.HasExited ? $"exit code {process.ExitCode}: {Text(error)}" : null;

    /// <summary>SIGKILL: the process gets no chance to clean up, as when a machine's OOM killer or a user's kill -9 strikes.</summary>
    public void KillHard() => process.Kill(entireProcessTree: true);

    public async Task<CliResult> WaitForExitAsync()
    {
        using var limit = new CancellationTokenSource(ExitLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ttpsim did not exit within {ExitLimit.TotalMinutes} minutes; its error output: {Text(error)}");
        }

        // The parameterless wait returns only after the output readers reached the end of both streams.
        await process.WaitForExitAsync(CancellationToken.None);
        return new CliResult(process.ExitCode, Text(output), Text(error));
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
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
