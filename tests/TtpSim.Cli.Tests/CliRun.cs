using System.Diagnostics;

namespace TtpSim.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRun
{
    public static async Task<CliResult> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built CLI as its own process, with only the environment a test gives it changed.</summary>
    public static async Task<CliResult> AsProcessAsync(IDictionary<string, string?> environment, params string[] args)
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
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}
