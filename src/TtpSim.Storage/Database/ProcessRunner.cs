using System.Diagnostics;

namespace TtpSim.Storage.Database;

internal sealed record ProcessResult(int ExitCode, string Output);

/// <summary>Runs the PostgreSQL server tools, as an unprivileged user when we are root (they refuse root).</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments, string? asUser, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is null)
        {
            start.FileName = file;
        }
        else
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(asUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(file);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new DatabaseUnavailableException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new DatabaseUnavailableException($"{Path.GetFileName(file)} did not finish within {timeout.TotalSeconds:F0} s");
        }

        return new ProcessResult(process.ExitCode, (await output + await error).Trim());
    }
}
