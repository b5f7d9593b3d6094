using System.CommandLine;
using TtpSim.Cli.Output;

namespace TtpSim.Cli.Tests;

/// <summary>What a person meets first: help with an example for every command, output that fits 100 columns, no progress bar when piped.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands() => [.. CliApp.Build().Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help_with_an_example(string command)
    {
        var result = await CliRun.InProcessAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example", result.Output, StringComparison.Ordinal);
        Assert.Contains($"./ttpsim {command}", result.Output, StringComparison.Ordinal);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public async Task A_progress_bar_stays_silent_when_the_output_is_not_a_terminal()
    {
        using var piped = new StringWriter();

        var result = await ProgressBar.RunAsync(piped, "replaying", 3, progress =>
        {
            progress.Advance();
            progress.Describe("writing");
            progress.Start("again", 2);
            progress.Advance(2);
            return Task.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Equal("", piped.ToString());
    }
}
