using System.Globalization;
using System.Xml.Linq;
using TtpSim.Domain.State;
using TtpSim.Reports.Html;
using TtpSim.Testing;

namespace TtpSim.Reports.Tests;

/// <summary>
/// The record's horizon in the report: a labelled line where each scenario's sources stop, and the
/// stretch after it marked as one no source can speak for.
/// </summary>
public sealed class RecordHorizonTests
{
    private static readonly DateOnly EarlyHorizon = new(2022, 1, 31);

    /// <summary>The baseline as it could have been told at the end of January 2022: only the events its sources had published by then.</summary>
    private static readonly ReportScenario ToldByJanuary = new(
        "baseline-told-by-january", "The baseline, from what was published by January 2022", null,
        [.. ShippedScenarios.ForReport[0].Events.Where(e => Horizon.Of(e) is { } published && published <= EarlyHorizon)]);

    private static readonly ReportInput Input = new(
        [.. ShippedScenarios.ForReport, ToldByJanuary],
        SimulationSummaries.Fading("truce-fades", "baseline-2021-22", new DateOnly(2022, 6, 1), 20));

    private static readonly ReportPage Page = new(TimelineReport.Render(Input).Html);

    private static readonly TimeScale Scale = TimelineReport.ScaleFor(Input);

    [Fact]
    public void Each_block_draws_its_own_scenarios_horizon_where_that_day_ends()
    {
        foreach (var scenario in Input.Scenarios)
        {
            var horizon = Timeline.StateAt(scenario.Events, DateOnly.MaxValue).RecordEnds!.Value;
            var line = HorizonLine(Page.Scenario(scenario.Name));

            Assert.Equal(Day(horizon), (string?)line.Parent!.Attribute("data-date"));
            Assert.Equal(Scale.XAfter(horizon), ReportPage.Number(line, "x1"), 0.05);
            Assert.Equal(ReportPage.Number(line, "x1"), ReportPage.Number(line, "x2"));
            Assert.Contains($"record ends {Day(horizon)}", line.Parent.Elements("text").Single().Value, StringComparison.Ordinal);
        }

        Assert.Equal("2022-05-19", (string?)HorizonLine(Page.Scenario("baseline-2021-22")).Parent!.Attribute("data-date"));
        Assert.Equal(Day(EarlyHorizon), (string?)HorizonLine(Page.Scenario(ToldByJanuary.Name)).Parent!.Attribute("data-date"));
    }

    [Fact]
    public void The_stretch_past_the_horizon_is_marked_to_the_end_of_the_axis_and_says_why()
    {
        foreach (var scenario in Input.Scenarios)
        {
            var section = Page.Scenario(scenario.Name);
            var x = ReportPage.Number(HorizonLine(section), "x1");
            var area = Group(section, "beyond-record").Element("rect")!;
            var veil = Group(section, "beyond-record-veil");

            Assert.Equal(x, ReportPage.Number(area, "x"));
            Assert.Equal(TimelineReport.PlotRight, ReportPage.Number(area, "x") + ReportPage.Number(area, "width"), 0.1);
            Assert.Equal(x, ReportPage.Number(veil.Element("rect")!, "x"));
            Assert.NotEmpty((string?)veil.Element("path")!.Attribute("d") ?? "");
            Assert.Contains("no source can say what happened, and the model infers nothing", (string?)Group(section, "beyond-record").Element("title"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_hatch_stays_inside_the_marked_stretch()
    {
        var section = Page.Scenario(ToldByJanuary.Name);
        var area = Group(section, "beyond-record").Element("rect")!;
        var (left, top) = (ReportPage.Number(area, "x"), ReportPage.Number(area, "y"));
        var (right, bottom) = (left + ReportPage.Number(area, "width"), top + ReportPage.Number(area, "height"));
        var points = ((string)Group(section, "beyond-record-veil").Element("path")!.Attribute("d")!)
            .Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray())
            .ToList();

        Assert.True(points.Count > 20, $"only {points.Count} hatch points");
        Assert.All(points, p => Assert.True(p[0] >= left - 0.05 && p[0] <= right + 0.05 && p[1] >= top - 0.05 && p[1] <= bottom + 0.05, $"({p[0]}, {p[1]}) is outside the stretch"));
    }

    [Fact]
    public void The_fan_charts_start_after_the_horizon_of_the_record_they_continue_and_show_its_line()
    {
        var fan = Assert.Single(Page.Sections("simulation"));
        var line = HorizonLine(fan);
        var x = ReportPage.Number(line, "x1");

        Assert.Equal("baseline-2021-22", (string?)line.Parent!.Attribute("data-scenario"));
        Assert.Equal(ReportPage.Number(HorizonLine(Page.Scenario("baseline-2021-22")), "x1"), x);
        var weeks = fan.Descendants("rect").Where(r => (string?)r.Attribute("class") == "week").ToList();
        Assert.NotEmpty(weeks);
        Assert.All(weeks, w => Assert.True(ReportPage.Number(w, "x") + 3 >= x, $"the week of {(string?)w.Attribute("data-week")} is drawn before the record ends"));
    }

    private static XElement HorizonLine(XElement section) =>
        Group(section, "record-horizon").Elements("line").Single(l => (string?)l.Attribute("class") == "record-horizon-line");

    private static XElement Group(XElement section, string @class) =>
        section.Descendants("g").Single(g => (string?)g.Attribute("class") == @class);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
