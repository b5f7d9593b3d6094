using System.Globalization;
using System.Xml.Linq;
using TtpSim.Domain.Events;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.State;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// The HTML timeline report: one self-contained page (inline SVG and CSS, no script, nothing fetched)
/// with the scenarios stacked on one time axis, so where they part shows at a glance, and a
/// simulation's fan charts on the same axis. Every element has a fixed height, so the page's size is
/// known without a browser and a screenshot can take it whole.
/// </summary>
public static class TimelineReport
{
    public const int Width = 1400;
    public const double PlotLeft = 176;
    public const double PlotRight = Width - 20;

    public static RenderedReport Render(ReportInput input)
    {
        if (input.Scenarios.Count == 0)
        {
            throw new ArgumentException("a report needs at least one scenario", nameof(input));
        }

        var scenarios = input.Scenarios;
        var allEvents = scenarios.SelectMany(s => s.Events).ToList();
        var scale = ScaleFor(input);
        var palette = new Palette(allEvents);
        var fatalityMax = Math.Max(allEvents.OfType<AttackClaimed>().Select(a => a.Fatalities.High ?? 0).DefaultIfEmpty(0).Max(), 10);
        var reference = scenarios[0];
        var blocks = scenarios
            .Select((s, i) => new ScenarioBlock(new ScenarioDrawing(
                s, scale, palette, i == 0 ? Divergence.None(reference.Name) : Divergence.Between(reference.Name, reference.Events, s.Events), fatalityMax)))
            .ToList();
        var legend = new Legend(palette, Width);
        var fan = input.Simulation is { } simulation ? new FanCharts(simulation, scale, SimulatedRecordEnds(simulation, blocks)) : null;
        var backtest = input.Backtest is { } scored ? new BacktestPanel(scored.Scenario, scored.Result) : null;
        var sources = allEvents
            .SelectMany(e => e.Meta.Sources.IsDefault ? [] : e.Meta.Sources)
            .DistinctBy(s => s.File)
            .OrderBy(s => s.File, StringComparer.Ordinal)
            .ToList();
        var footer = new SourcesFooter(sources, Width);

        var height = ReportStyles.HeaderHeight + legend.Height + blocks.Sum(b => b.Height) + (fan?.Height ?? 0) + (backtest?.Height ?? 0) + footer.Height;
        var names = string.Join(", ", scenarios.Select(s => s.Name));
        var page = El("html", A("lang", "en"),
            El("head",
                El("meta", A("charset", "utf-8")),
                El("meta", A("name", "generator"), A("content", "TtpSim")),
                El("title", $"TtpSim report: {names}"),
                El("style", ReportStyles.Css)),
            El("body", A("style", $"width: {Width}px"),
                El("header", A("class", "page-header"),
                    El("h1", scenarios.Count == 1 ? $"TtpSim timeline: {reference.Name}" : $"TtpSim timeline: {reference.Name} and {scenarios.Count - 1} other scenario(s)"),
                    El("p", Description(scale, scenarios, allEvents.Count))),
                legend.Render(),
                blocks.Select(b => b.Render(Width)),
                fan?.Render(Width),
                backtest?.Render(Width),
                footer.Render()));

        var html = "<!DOCTYPE html>\n" + page.ToString(SaveOptions.DisableFormatting) + "\n";
        return new RenderedReport(html, Width, (int)Math.Ceiling(height), scenarios.Count, allEvents.Count);
    }

    /// <summary>The time axis every block of the report of <paramref name="input"/> is drawn on.</summary>
    public static TimeScale ScaleFor(ReportInput input) =>
        TimeScale.Fit(HistorySpans(input.Scenarios), PlotLeft, PlotRight, input.Simulation is { } s ? (s.From, s.Until) : null, input.Window);

    /// <summary>
    /// Where the record behind the simulation ends: that of the simulated scenario when the report shows
    /// it, otherwise the reference's, since a simulation usually continues the reference's history.
    /// </summary>
    private static (string Scenario, DateOnly Day)? SimulatedRecordEnds(SimulationSummary simulation, List<ScenarioBlock> blocks)
    {
        var block = blocks.FirstOrDefault(b => b.Scenario.Name == simulation.Scenario) ?? blocks[0];
        return block.RecordEnds is { } day ? (block.Scenario.Name, day) : null;
    }

    private static List<(DateOnly First, DateOnly Last)> HistorySpans(IReadOnlyList<ReportScenario> scenarios)
    {
        var spans = new List<(DateOnly, DateOnly)>();
        foreach (var scenario in scenarios)
        {
            foreach (var e in scenario.Events)
            {
                spans.Add((e.Meta.Occurred.Start, e.Meta.Occurred.End));
                if (e is PeaceDealsSigned deals)
                {
                    spans.Add((deals.PeriodFrom.Start, deals.PeriodTo.End));
                }
            }

            // A ceasefire's band runs to its scheduled end, which may lie after the last event; and the
            // record's horizon, the last source's publication, may too, and its line must be on the axis.
            var final = Timeline.StateAt(scenario.Events, DateOnly.MaxValue);
            spans.AddRange(final.Ceasefires
                .Where(c => c.ScheduledEnd is not null && c.EndedOn is null)
                .Select(c => (c.Start.Start, c.ScheduledEnd!.Value)));
            if (final.RecordEnds is { } horizon)
            {
                spans.Add((horizon, horizon));
            }
        }

        return spans;
    }

    private static string Description(TimeScale scale, IReadOnlyList<ReportScenario> scenarios, int events)
    {
        var axis = $"Time axis: {Month(scale.FocusStart)} to {Month(scale.FocusEnd)}";
        axis += scale.SimulationCompressedFrom is { } knee ? $", the simulation from {Month(knee)} narrower" : "";
        axis += scale.HasContext ? $"; from {scale.Start.Year} compressed at the left" : "";
        axis += scale.HasTrailing ? $"; to {Month(scale.End)} compressed at the right" : "";
        var comparison = scenarios.Count > 1 ? " The blocks after the first are compared with it." : "";
        return $"{events} events in {scenarios.Count} scenario(s). {axis}.{comparison} Hover over a mark for its sources.";
    }

    private static string Month(DateOnly day) => day.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
