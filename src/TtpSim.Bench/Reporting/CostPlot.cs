using ScottPlot;
using ScottPlot.TickGenerators;

namespace TtpSim.Bench.Reporting;

/// <summary>
/// Cost per event against history size, both axes logarithmic: a flat line is work linear in the history, a
/// rising one is work that grows faster. State query latency is drawn in milliseconds per query, not per event.
/// </summary>
public static class CostPlot
{
    public static void Save(BenchReport report, string path, int width = 1000, int height = 720)
    {
        var plot = new Plot();
        var sizes = report.Sizes;
        double[] xs = [.. sizes.Select(s => Math.Log10(s.Events))];
        Line(plot, xs, sizes.Select(s => s.ReplayPath.MicrosecondsEach), "replay path (load + replay), µs/event");
        Line(plot, xs, sizes.Select(s => s.BulkInsert.MicrosecondsEach), "Marten BulkInsertEventsAsync, µs/event");
        Line(plot, xs, sizes.Select(s => s.RawCopy.MicrosecondsEach), "raw binary COPY, µs/row");
        Line(plot, xs, sizes.Select(s => s.Rebuild.MicrosecondsEach), "projection rebuild, µs/event");
        Line(plot, xs, sizes.Select(s => s.Fold.MicrosecondsEach), "in-memory fold, µs/event");
        Line(plot, xs, sizes.Select(s => s.RawRead.MicrosecondsEach), "raw read + deserialise, µs/event");
        Line(plot, xs, sizes.Select(s => s.StateQuery.P50Ms), "state query p50, ms/query");

        plot.Axes.Bottom.TickGenerator = PowersOfTen();
        plot.Axes.Left.TickGenerator = PowersOfTen();
        plot.Title("TtpSim bench: cost per event against history size");
        plot.XLabel("history size (events)");
        plot.YLabel("µs per event (state query: ms per query)");
        plot.ShowLegend(Edge.Bottom);
        plot.SavePng(path, width, height);
    }

    private static void Line(Plot plot, double[] xs, IEnumerable<double> values, string label)
    {
        double[] ys = [.. values.Select(v => Math.Log10(Math.Max(v, 1e-6)))];
        var line = plot.Add.Scatter(xs, ys);
        line.LegendText = label;
        line.LineWidth = 2;
        line.MarkerSize = 7;
    }

    /// <summary>The data are drawn as log10 values; ticks sit on whole powers of ten and are labelled with the value itself.</summary>
    private static NumericAutomatic PowersOfTen() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = exponent => Math.Pow(10, exponent).ToString(exponent >= 0 ? "#,0" : "0.###", System.Globalization.CultureInfo.InvariantCulture),
    };
}
