using System.Text.Json;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class BacktestCommandTests
{
    private static Task<CliResult> Backtest(params string[] more) =>
        CliRun.InProcessAsync(["backtest", "futures-after-may-2022", "--folder", RepositoryPaths.Scenarios, "--runs", "200", .. more]);

    [Fact]
    public async Task The_json_keeps_its_contract_and_the_same_seed_gives_the_same_bytes()
    {
        var first = await Backtest("--seed", "3", "--format", "json");
        var second = await Backtest("--seed", "3", "--format", "json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(first.Output, second.Output);
        using var json = JsonDocument.Parse(first.Output);
        var root = json.RootElement;
        Assert.Equal(["2021-10-01", "2021-11-01", "2021-12-01", "2022-01-01", "2022-02-01"], root.GetProperty("cutoffs").EnumerateArray().Select(c => c.GetString()));
        var scores = root.GetProperty("scores");
        foreach (var binary in new[] { "ceasefireInForce", "talksSuspended" })
        {
            var score = scores.GetProperty(binary);
            Assert.True(score.GetProperty("n").GetInt32() > 0, binary);
            Assert.All(new[] { "model", "persistence", "climatology" }, k => Assert.InRange(score.GetProperty("brier").GetProperty(k).GetDouble(), 0, 1));
        }

        var attacks = scores.GetProperty("attacksPerMonth");
        // The claimed monthly counts are known only from 21 November 2021 (000's publication): no cutoff before
        // then has a count to compare with, and no month after a later cutoff has one, so none is scored.
        Assert.Equal(0, attacks.GetProperty("n").GetInt32());
        Assert.Equal(10, attacks.GetProperty("unscored").GetInt32());
        Assert.All(new[] { "model", "persistence", "climatology" }, k => Assert.Equal(JsonValueKind.Null, attacks.GetProperty("crps").GetProperty(k).ValueKind));
        Assert.Equal(JsonValueKind.Null, attacks.GetProperty("coverage50").ValueKind);
        Assert.Equal(JsonValueKind.Null, attacks.GetProperty("coverage90").ValueKind);
    }

    [Fact]
    public async Task Cutoffs_and_weeks_can_be_given_and_the_table_fits_100_columns()
    {
        var result = await Backtest("--cutoffs", "2021-11-01,2021-10-01", "--weeks", "6");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("2 cutoffs (2021-10-01, 2021-11-01), 6 weeks each", result.Output, StringComparison.Ordinal);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public async Task A_cutoff_that_is_not_a_day_is_refused_by_name()
    {
        var result = await Backtest("--cutoffs", "2021-10");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--cutoffs", result.Error, StringComparison.Ordinal);
    }
}
