using TtpSim.Reports.Html;
using TtpSim.Testing;

namespace TtpSim.Reports.Tests;

/// <summary>A simulation's fan charts, from a summary made in the test, on the report's own time axis.</summary>
public sealed class FanChartTests
{
    private static readonly TtpSim.Domain.Simulation.SimulationSummary Simulation =
        SimulationSummaries.Fading("truce-fades", "baseline-2021-22", new DateOnly(2021, 12, 6), 40);

    private static readonly ReportPage Page = new(TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport.Take(2).ToList(), Simulation)).Html);

    [Fact]
    public void Both_fan_charts_have_one_hover_target_per_simulated_week()
    {
        var section = Assert.Single(Page.Sections("simulation"));
        Assert.Equal("truce-fades", (string?)section.Attribute("data-simulation"));
        foreach (var chart in new[] { "fan-ceasefire", "fan-attacks" })
        {
            var fan = section.Descendants("g").Single(g => (string?)g.Attribute("class") == $"fan {chart}");
            var weeks = fan.Descendants("rect").Where(r => (string?)r.Attribute("class") == "week").ToList();
            Assert.Equal(Simulation.Weeks.Select(w => w.Date.ToString("yyyy-MM-dd")), weeks.Select(w => (string)w.Attribute("data-week")!));
            Assert.All(weeks, w => Assert.False(string.IsNullOrWhiteSpace((string?)w.Element("title"))));
            Assert.Single(fan.Elements("polygon"), p => (string?)p.Attribute("class") == "fan-band");
        }

        var firstWeek = section.Descendants("rect").First(r => (string?)r.Attribute("data-week") == "2021-12-06");
        Assert.Contains("a ceasefire in force in 90% of 500 runs", (string)firstWeek.Element("title")!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fan_charts_share_the_scenarios_time_axis_which_stretches_to_the_simulations_end()
    {
        var fan = Assert.Single(Page.Sections("simulation"));
        Assert.Equal(ReportPage.Ticks(Page.Sections("scenario").First()), ReportPage.Ticks(fan));
        Assert.Contains(ReportPage.Ticks(fan), t => t.Date == "2022-08-01");
    }

    [Fact]
    public void The_band_of_a_share_is_the_interval_its_number_of_runs_allows()
    {
        var (low, high) = FanCharts.WilsonInterval(0.5, 100);
        var (narrowLow, narrowHigh) = FanCharts.WilsonInterval(0.5, 10_000);

        Assert.InRange(low, 0.41, 0.42);
        Assert.InRange(high, 0.58, 0.59);
        Assert.True(narrowHigh - narrowLow < (high - low) / 5);
        Assert.Equal((0.0, 1.0), FanCharts.WilsonInterval(0.3, 0));
        Assert.True(FanCharts.WilsonInterval(0, 50).High > 0);
    }

    [Fact]
    public void A_report_without_a_simulation_has_no_fan_charts()
    {
        var page = new ReportPage(TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport.Take(1).ToList())).Html);
        Assert.Empty(page.Sections("simulation"));
    }
}
