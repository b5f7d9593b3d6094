using System.Xml.Linq;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation;
using TtpSim.Reports.Html;

namespace TtpSim.Reports.Tests;

/// <summary>
/// Where the axis gives its width: the recorded history keeps its focus window when a simulation runs
/// on past it, and a window the reader sets squeezes what lies outside it into strips on either side.
/// </summary>
public sealed class FocusWindowTests
{
    private static readonly SimulationSummary Futures = RunShippedSimulation();

    [Fact]
    public void A_simulation_leaves_the_focus_window_on_the_recorded_history()
    {
        var withoutSimulation = Axis(new ReportPage(TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport)).Html));
        var page = new ReportPage(TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport, Futures)).Html);
        var axis = Axis(page);

        Assert.Equal("2021-08-01", (string?)withoutSimulation.Attribute("data-focus-from"));
        Assert.Equal((string?)withoutSimulation.Attribute("data-focus-from"), (string?)axis.Attribute("data-focus-from"));
        Assert.Equal("2022-12-31", (string?)axis.Attribute("data-focus-to"));

        var baseline = page.Scenario("baseline-2021-22");
        var strip = Strip(baseline, "before");
        var focusLeft = ReportPage.Number(strip, "x") + ReportPage.Number(strip, "width") + TimeScale.BreakWidth;
        var november = MarksBetween(baseline, new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 30));
        Assert.True(november.Count >= 5, $"only {november.Count} events of November 2021 drawn");
        Assert.All(november, m => Assert.InRange(m.X, focusLeft, TimelineReport.PlotRight));
        Assert.Empty(Strips(baseline, "after"));
    }

    [Fact]
    public void The_simulated_months_after_the_record_get_a_bounded_share_of_the_focus_width()
    {
        var page = new ReportPage(TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport, Futures)).Html);
        var ticks = ReportPage.Ticks(page.Scenario("baseline-2021-22")).ToDictionary(t => t.Date, t => t.X);
        var focusLeft = ticks["2021-08-01"];
        var afterRecord = ticks["2022-06-01"];

        var simulatedShare = (TimelineReport.PlotRight - afterRecord) / (TimelineReport.PlotRight - focusLeft);
        Assert.Equal(TimeScale.MaxSimulatedShare, simulatedShare, 0.005);
        Assert.True(ticks["2022-07-01"] - ticks["2022-06-01"] < ticks["2022-02-01"] - ticks["2022-01-01"], "the simulated months are not narrower than the recorded ones");

        var weeks = page.Sections("simulation").Single().Descendants("rect").Where(r => (string?)r.Attribute("class") == "week").ToList();
        Assert.Equal(Futures.Weeks.Count, weeks.Count / 2);
        Assert.All(weeks, w => Assert.InRange(ReportPage.Number(w, "x"), afterRecord - 3, TimelineReport.PlotRight));
    }

    [Fact]
    public void A_simulation_that_adds_little_after_the_record_leaves_the_focus_at_one_scale()
    {
        var history = new[] { (new DateOnly(2021, 8, 10), new DateOnly(2021, 8, 10)), (new DateOnly(2022, 5, 18), new DateOnly(2022, 5, 30)) };

        var shortRun = TimeScale.Fit(history, 100, 1100, (new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 30)));
        var longRun = TimeScale.Fit(history, 100, 1100, (new DateOnly(2022, 6, 1), new DateOnly(2023, 6, 30)));

        Assert.Null(shortRun.SimulationCompressedFrom);
        Assert.Equal(new DateOnly(2022, 6, 30), shortRun.End);
        Assert.Equal(shortRun.X(new DateOnly(2021, 10, 1)) - shortRun.X(new DateOnly(2021, 9, 1)), shortRun.X(new DateOnly(2022, 7, 1)) - shortRun.X(new DateOnly(2022, 6, 1)), 0.01);
        Assert.Equal(new DateOnly(2022, 6, 1), longRun.SimulationCompressedFrom);
        Assert.Equal(new DateOnly(2021, 8, 1), longRun.FocusStart);
        Assert.Equal(1100 - (TimeScale.MaxSimulatedShare * 1000), longRun.X(new DateOnly(2022, 6, 1)), 0.5);
    }

    [Fact]
    public void A_window_the_reader_sets_compresses_what_lies_on_either_side_behind_a_break()
    {
        var window = new FocusWindow(new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31));
        var page = new ReportPage(TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport, Futures, window)).Html);
        var baseline = page.Scenario("baseline-2021-22");
        var axis = Axis(page);
        Assert.Equal(("2021-10-01", "2021-12-31"), ((string?)axis.Attribute("data-focus-from"), (string?)axis.Attribute("data-focus-to")));

        var before = Strip(baseline, "before");
        var after = Strip(baseline, "after");
        var focusLeft = ReportPage.Number(before, "x") + ReportPage.Number(before, "width") + TimeScale.BreakWidth;
        var focusRight = ReportPage.Number(after, "x") - TimeScale.BreakWidth;
        Assert.Equal(TimeScale.TrailingWidth, ReportPage.Number(after, "width"));
        Assert.Equal(TimelineReport.PlotRight, ReportPage.Number(after, "x") + ReportPage.Number(after, "width"));
        Assert.Equal(2, baseline.Descendants("g").Count(g => (string?)g.Attribute("class") == "axis-break-marks"));

        Assert.All(MarksBetween(baseline, new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31)), m => Assert.InRange(m.X, focusLeft, focusRight));
        Assert.All(MarksBetween(baseline, new DateOnly(2000, 1, 1), new DateOnly(2021, 9, 30)), m => Assert.True(m.X <= focusLeft - TimeScale.BreakWidth, $"{m.Id} is not in the left strip"));
        var later = MarksBetween(baseline, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        Assert.NotEmpty(later);
        Assert.All(later, m => Assert.True(m.X >= focusRight + TimeScale.BreakWidth, $"{m.Id} is not in the right strip"));
        Assert.Contains(ReportPage.Ticks(baseline), t => t.X > focusRight + TimeScale.BreakWidth);
    }

    [Fact]
    public void A_window_is_drawn_at_one_scale_and_shown_whole_even_past_the_last_event()
    {
        var history = new[] { (new DateOnly(2004, 4, 1), new DateOnly(2004, 4, 30)), (new DateOnly(2021, 8, 10), new DateOnly(2022, 5, 30)) };

        var scale = TimeScale.Fit(history, 100, 1100, (new DateOnly(2022, 6, 1), new DateOnly(2022, 12, 31)), new FocusWindow(new DateOnly(2022, 1, 1), new DateOnly(2023, 3, 31)));

        Assert.Null(scale.SimulationCompressedFrom);
        Assert.False(scale.HasTrailing);
        Assert.Equal(new DateOnly(2023, 3, 31), scale.End);
        Assert.Equal(new DateOnly(2004, 1, 1), scale.Start);
        Assert.Equal(scale.X(new DateOnly(2022, 2, 1)) - scale.X(new DateOnly(2022, 1, 1)), scale.X(new DateOnly(2022, 11, 1)) - scale.X(new DateOnly(2022, 10, 1)), 0.01);
    }

    [Fact]
    public void A_window_that_ends_early_reaches_back_from_its_own_end()
    {
        var history = new[] { (new DateOnly(2004, 4, 1), new DateOnly(2004, 4, 30)), (new DateOnly(2020, 3, 5), new DateOnly(2020, 3, 5)), (new DateOnly(2021, 8, 10), new DateOnly(2022, 5, 30)) };

        var scale = TimeScale.Fit(history, 100, 1100, window: new FocusWindow(null, new DateOnly(2020, 12, 31)));

        Assert.Equal(new DateOnly(2020, 3, 1), scale.FocusStart);
        Assert.True(scale.HasContext);
        Assert.True(scale.HasTrailing);
        Assert.Equal(new DateOnly(2022, 5, 31), scale.End);
        Assert.Equal(1100 - TimeScale.TrailingWidth, scale.X(new DateOnly(2021, 1, 1)), 0.5);
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_refused()
    {
        var problem = Assert.Throws<ArgumentException>(() => new FocusWindow(new DateOnly(2022, 1, 1), new DateOnly(2021, 12, 31)));
        Assert.Contains("2021-12-31", problem.Message, StringComparison.Ordinal);
    }

    private static SimulationSummary RunShippedSimulation()
    {
        var futures = ShippedScenarios.All.Single(s => s.Simulation is not null);
        var definition = futures.Simulation!;
        return Simulator.Run("futures-seed7", futures.Name, futures.Events, definition, 200, 7, definition.Until);
    }

    private static XElement Axis(ReportPage page) =>
        page.Scenario("baseline-2021-22").Descendants("g").Single(g => (string?)g.Attribute("class") == "axis");

    private static IEnumerable<XElement> Strips(XElement section, string side) =>
        section.Descendants("g").Where(g => (string?)g.Attribute("class") == "context-strip" && (string?)g.Attribute("data-side") == side).Select(g => g.Element("rect")!);

    private static XElement Strip(XElement section, string side) => Assert.Single(Strips(section, side));

    private static List<(string Id, double X)> MarksBetween(XElement section, DateOnly first, DateOnly last) =>
        [.. ReportPage.EventMarks(section)
            .Select(g => (Id: (string)g.Attribute("data-event")!, Day: HistoricalDate.Parse((string)g.Attribute("data-date")!).Start, X: ReportPage.Number(g, "data-x")))
            .Where(m => m.Day >= first && m.Day <= last)
            .Select(m => (m.Id, m.X))];
}
