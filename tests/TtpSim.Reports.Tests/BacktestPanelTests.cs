using System.Collections.Immutable;
using TtpSim.Domain.Simulation.Backtesting;
using TtpSim.Reports.Html;

namespace TtpSim.Reports.Tests;

/// <summary>The backtest panel: a reliability diagram for each yes/no outcome, one circle a band of forecasts, and the scores with their n.</summary>
public sealed class BacktestPanelTests
{
    private static readonly BacktestResult Result = new(
        [new DateOnly(2021, 10, 1), new DateOnly(2021, 11, 1)],
        12,
        500,
        1,
        new DateOnly(2022, 5, 19),
        new BinaryScores(24, 0, 0.1, 0.3, 0.2, [new ReliabilityBin(0, 0.1, 20, 0.02, 0.1), new ReliabilityBin(0.9, 1, 4, 0.93, 1)]),
        new BinaryScores(7, 17, 0.01, 0, 0.3, [new ReliabilityBin(0, 0.1, 7, 0.03, 0)]),
        new CountScores(1, 5, 6.3, 13, 9.25, 0, 1));

    [Fact]
    public void A_backtest_adds_its_panel_with_one_circle_per_band_and_the_scores_with_their_n()
    {
        var without = TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport));
        var with = TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport) { Backtest = ("futures-after-may-2022", Result) });
        var page = new ReportPage(with.Html);

        var panel = Assert.Single(page.Sections("backtest"));
        var diagrams = panel.Descendants().Where(e => ((string?)e.Attribute("class"))?.StartsWith("reliability ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["24", "7"], diagrams.Select(d => (string)d.Attribute("data-n")!));
        Assert.Equal([2, 1], diagrams.Select(d => d.Descendants().Count(c => (string?)c.Attribute("class") == "reliability-bin")));
        Assert.Contains("n = 7 weeks scored, 17 left out", panel.Value, StringComparison.Ordinal);
        Assert.Empty(new ReportPage(without.Html).Sections("backtest"));
        Assert.True(with.Height > without.Height);
    }
}
