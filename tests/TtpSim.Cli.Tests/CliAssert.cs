namespace TtpSim.Cli.Tests;

internal static class CliAssert
{
    /// <summary>The README's promise for every failure: one line on standard error, no stack trace, no secret.</summary>
    public static void OnePlainLine(string error, params string[] secrets)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("ttpsim: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        foreach (var secret in secrets.Where(s => s.Length > 0))
        {
            Assert.DoesNotContain(secret, error, StringComparison.Ordinal);
        }
    }
}
