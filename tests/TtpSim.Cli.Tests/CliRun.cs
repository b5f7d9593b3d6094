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
}
