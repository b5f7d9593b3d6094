using System.Globalization;
using System.Xml.Linq;
using TtpSim.Domain.Simulation;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// A simulation's weekly results on the report's time axis, as two fan charts: the share of runs with a
/// ceasefire in force (with the 90% interval that the number of runs allows), and attacks per month
/// (median, mean, and the band from the 5th to the 95th percentile of runs).
/// </summary>
/// <param name="recordEnds">The horizon of the record the simulation continues, and whose record it is.</param>
internal sealed class FanCharts(SimulationSummary simulation, TimeScale scale, (string Scenario, DateOnly Day)? recordEnds)
{
    private const double HeaderHeight = 46;
    private const double ChartHeight = 130;
    private const double ChartGap = 14;
    private const double Pad = 10;

    /// <summary>z for a two-sided 90% interval, matching the 5th-95th percentile band of the attack chart.</summary>
    private const double Z90 = 1.6449;

    public double Height => HeaderHeight + AxisDrawing.LabelHeight + (2 * (ChartHeight + ChartGap)) + 8;

    /// <summary>
    /// The Wilson score interval for a share estimated from <paramref name="runs"/> runs: how far the true
    /// probability may lie from the share observed, given only that many runs.
    /// </summary>
    public static (double Low, double High) WilsonInterval(double share, int runs)
    {
        if (runs <= 0)
        {
            return (0, 1);
        }

        var z2 = Z90 * Z90;
        var denominator = 1 + (z2 / runs);
        var centre = (share + (z2 / (2 * runs))) / denominator;
        var half = Z90 * Math.Sqrt((share * (1 - share) / runs) + (z2 / (4.0 * runs * runs))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    public XElement Render(double width)
    {
        var weeks = simulation.Weeks.OrderBy(w => w.Date).ToList();
        var chartsTop = HeaderHeight + AxisDrawing.LabelHeight;
        var ceasefireTop = chartsTop + (ChartGap / 2);
        var attacksTop = ceasefireTop + ChartHeight + ChartGap;
        var attackMax = NiceCeiling(weeks.Select(w => w.AttacksPerMonth.P95).DefaultIfEmpty(1).Max());

        var svg = El("svg", A("class", "block fan-charts"), A("width", width), A("height", Height), A("viewBox", $"0 0 {N(width)} {N(Height)}"), A("role", "img"),
            A("data-simulation", simulation.Name), A("data-weeks", weeks.Count),
            El("desc", $"Simulation {simulation.Name} of scenario {simulation.Scenario}"),
            Text(16, 20, $"Simulation {simulation.Name}: {simulation.Runs} runs of {simulation.Scenario} (seed {simulation.Seed}), {simulation.From:yyyy-MM-dd} to {simulation.Until:yyyy-MM-dd}", "block-title"),
            Text(16, 38, "Weekly, across runs. Shaded: the 90% band; line: median (attacks) or share of runs (ceasefire); dashed: mean.", "block-subtitle"),
            AxisDrawing.Draw(scale, HeaderHeight, chartsTop, Height - 8));

        svg.Add(Chart(
            "fan-ceasefire", "Ceasefire in force", "share of runs", ceasefireTop, 1.0, "0%", "50%", "100%",
            weeks.Select(w => (w.Date, Band: WilsonInterval(w.CeasefireInForce, simulation.Runs), Line: w.CeasefireInForce, Mean: (double?)null)).ToList(),
            w => $"Week of {w.Date:yyyy-MM-dd}: a ceasefire in force in {Percent(w.CeasefireInForce)} of {simulation.Runs} runs "
                + $"(90% interval {Percent(WilsonInterval(w.CeasefireInForce, simulation.Runs).Low)}-{Percent(WilsonInterval(w.CeasefireInForce, simulation.Runs).High)}); "
                + $"talks suspended in {Percent(w.TalksSuspended)}",
            weeks));
        svg.Add(Chart(
            "fan-attacks", "Attacks a month", "across runs", attacksTop, attackMax, "0", Format(attackMax / 2), Format(attackMax),
            weeks.Select(w => (w.Date, Band: (w.AttacksPerMonth.P05, w.AttacksPerMonth.P95), Line: w.AttacksPerMonth.P50, Mean: (double?)w.AttacksPerMonth.Mean)).ToList(),
            w => $"Week of {w.Date:yyyy-MM-dd}: attacks a month, median {Format(w.AttacksPerMonth.P50)}, mean {Format(w.AttacksPerMonth.Mean)}, "
                + $"90% of runs between {Format(w.AttacksPerMonth.P05)} and {Format(w.AttacksPerMonth.P95)}; "
                + $"prisoners released so far, median {Format(w.PrisonersReleased.P50)}",
            weeks));
        if (recordEnds is { } horizon)
        {
            svg.Add(RecordHorizon.Line(scale, horizon.Scenario, horizon.Day, chartsTop - 4, Height - 8,
                RecordHorizon.Explanation(horizon.Scenario, horizon.Day) + " To its right the charts show the simulation's assumptions, not the record."));
        }

        return El("section", A("class", "simulation"), A("id", $"simulation-{simulation.Name}"), A("data-simulation", simulation.Name), svg);
    }

    private XElement Chart(
        string @class,
        string label,
        string note,
        double top,
        double max,
        string bottomLabel,
        string middleLabel,
        string topLabel,
        List<(DateOnly Date, (double Low, double High) Band, double Line, double? Mean)> points,
        Func<SimulatedWeek, string> tooltip,
        List<SimulatedWeek> weeks)
    {
        var plotTop = top + Pad;
        var plotBottom = top + ChartHeight - Pad;
        double Y(double value) => plotBottom - ((plotBottom - plotTop) * Math.Clamp(value / max, 0, 1));

        var chart = El("g", A("class", $"fan {@class}"),
            Line(16, top, scale.Right, top, "lane-rule"),
            Text(16, top + 16, label, "lane-label"),
            Text(16, top + 28, note, "lane-note"),
            Line(scale.Left, plotBottom, scale.Right, plotBottom, "baseline"),
            Line(scale.Left, Y(max / 2), scale.Right, Y(max / 2), "gridline"),
            Line(scale.Left, plotTop, scale.Right, plotTop, "gridline"),
            Text(scale.Left - 4, plotBottom + 3, bottomLabel, "scale-label", "end"),
            Text(scale.Left - 4, Y(max / 2) + 3, middleLabel, "scale-label", "end"),
            Text(scale.Left - 4, plotTop + 3, topLabel, "scale-label", "end"));
        if (points.Count == 0)
        {
            return chart;
        }

        var xs = points.Select(p => scale.X(p.Date)).ToList();
        var upper = points.Select((p, i) => $"{N(xs[i])},{N(Y(p.Band.High))}");
        var lower = points.Select((p, i) => $"{N(xs[i])},{N(Y(p.Band.Low))}").Reverse();
        chart.Add(El("polygon", A("class", "fan-band"), A("points", string.Join(' ', upper.Concat(lower)))));
        chart.Add(El("polyline", A("class", "fan-line"), A("points", string.Join(' ', points.Select((p, i) => $"{N(xs[i])},{N(Y(p.Line))}")))));
        if (points.All(p => p.Mean is not null))
        {
            chart.Add(El("polyline", A("class", "fan-mean"), A("points", string.Join(' ', points.Select((p, i) => $"{N(xs[i])},{N(Y(p.Mean!.Value))}")))));
        }

        for (var i = 0; i < weeks.Count; i++)
        {
            var left = i == 0 ? xs[0] - 3 : (xs[i - 1] + xs[i]) / 2;
            var right = i == weeks.Count - 1 ? xs[i] + 3 : (xs[i] + xs[i + 1]) / 2;
            chart.Add(El("rect", A("class", "week"), A("data-week", weeks[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                A("x", left), A("y", plotTop), A("width", Math.Max(right - left, 1)), A("height", plotBottom - plotTop),
                Title(tooltip(weeks[i]))));
        }

        return chart;
    }

    /// <summary>A round number at or above the largest value, so the scale reads 0 / half / top.</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(step => step * magnitude).First(candidate => candidate >= value);
    }

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
