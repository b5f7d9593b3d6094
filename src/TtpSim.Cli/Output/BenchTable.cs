using System.Globalization;
using Spectre.Console;
using TtpSim.Bench.Measurements;
using TtpSim.Bench.Reporting;

namespace TtpSim.Cli.Output;

/// <summary>The bench as tables: the headline figures beside their goals, then every rate per size.</summary>
internal static class BenchTable
{
    public static void Write(TextWriter writer, BenchReport report)
    {
        var console = Terminal.Over(writer);
        var machine = report.Machine;
        console.WriteLine($"ttpsim bench, {machine.StartedAt:yyyy-MM-dd HH:mm}, {machine.Cores} cores, {machine.MemoryGb:F1} GB, {machine.DotNet}, PostgreSQL {machine.PostgreSql}");
        console.WriteLine($"load average {Load(machine.LoadAverageAtStart)} at start, {Load(machine.LoadAverageAtEnd)} at end; commit {machine.GitCommit?[..Math.Min(12, machine.GitCommit.Length)] ?? "unknown"}");

        var headline = new Table().Border(TableBorder.Simple).Expand();
        headline.AddColumn("figure");
        headline.AddColumn(new TableColumn("measured").RightAligned());
        headline.AddColumn(new TableColumn("goal").RightAligned());
        headline.AddColumn("met");
        headline.AddColumn("condition");
        foreach (var (name, goal) in report.Goals)
        {
            headline.AddRow(
                Markup.Escape(name),
                Number(goal.Measured ?? 0),
                Markup.Escape($"{goal.Rule} {Number(goal.Limit)}"),
                goal.Met switch { true => "yes", false => "NO", null => "n/a" },
                Markup.Escape(goal.Condition));
        }

        headline.AddRow("rebuildVsFold", Number(report.Ratios.RebuildVsFold), "", "", "rebuild events/s over fold events/s");
        headline.AddRow("storeVsCopy", Number(report.Ratios.StoreVsCopy), "", "", "replay's storing part alone over raw COPY");
        headline.AddRow("rebuildVsRead", Number(report.Ratios.RebuildVsRead), "", "", "rebuild events/s over raw read events/s");
        headline.AddRow("stateQueryP99Ms", Number(report.StateQueryP99Ms), "", "", Markup.Escape($"at {report.LargestSize} events"));
        headline.AddRow("simulationRunsPerSecond", Number(report.SimulationRunsPerSecond), "", "", Markup.Escape($"{report.Simulation.Count} runs timed"));
        console.Write(headline);

        var sizes = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in new[] { "events", "replay path", "load ms", "replay ms", "bulk insert", "raw COPY", "rebuild", "fold", "raw read", "state ms p50/p99" })
        {
            sizes.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        foreach (var size in report.Sizes)
        {
            sizes.AddRow(
                Count(size.StoredEvents),
                PerSecond(size.ReplayPath),
                Duration(size.Load),
                Duration(size.Replay),
                PerSecond(size.BulkInsert),
                PerSecond(size.RawCopy),
                PerSecond(size.Rebuild),
                PerSecond(size.Fold),
                PerSecond(size.RawRead),
                Markup.Escape($"{Number(size.StateQuery.P50Ms)}/{Number(size.StateQuery.P99Ms)}"));
        }

        console.Write(sizes);
        console.WriteLine("Rates are stored events a second (raw COPY: rows a second); load and replay are the replay path's two parts.");
        console.WriteLine($"Peak memory: {report.ReplayPeakMemory.PeakMb:F0} MB replaying {report.ReplayPeakMemory.Events} events; cold start: median of {report.ColdStart.Runs} state processes.");
        if (report.Jsonl is { } jsonl)
        {
            console.WriteLine($".jsonl at {jsonl.Events} events: {PerSecond(jsonl.ReplayPath)} events/s end to end, appendVsCopy {jsonl.AppendVsCopy:F3}, "
                + $"peak memory {jsonl.ReplayPeakMemoryMb:F0} MB; import ucdp-ged {PerSecond(jsonl.Import)} rows/s.");
        }
    }

    private static string PerSecond(Rate rate) => Count(rate.PerSecond);

    private static string Duration(Rate rate) => Count(rate.Milliseconds);

    private static string Count(double value) => value switch
    {
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e6:0.##}M"),
        >= 1e4 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e3:0.#}k"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value:0}"),
    };

    private static string Number(double value) => value switch
    {
        >= 10 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.0#", CultureInfo.InvariantCulture),
        >= 0.001 or 0 => value.ToString("0.###", CultureInfo.InvariantCulture),
        _ => value.ToString("0.0e0", CultureInfo.InvariantCulture),
    };

    private static string Load(double[]? load) => load is null || load.Length == 0 ? "unknown" : string.Join(" ", load.Select(l => l.ToString("0.00", CultureInfo.InvariantCulture)));
}
