using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// Throughput and allocation per event rather than per call, read from the benchmark's <c>Events</c>
/// parameter (a benchmark without one handles a single event), so runs of different sizes compare
/// directly and the figures set against the targets.
/// </summary>
public sealed class PerEventColumn : IColumn
{
    private const string EventCountParameter = "Events";

    private readonly Func<Summary, BenchmarkCase, double, string?> valuePerEvent;

    private PerEventColumn(string name, string legend, Func<Summary, BenchmarkCase, double, string?> valuePerEvent)
    {
        ColumnName = name;
        Legend = legend;
        this.valuePerEvent = valuePerEvent;
    }

    public static PerEventColumn EventsPerSecond { get; } = new("Events/s", "Events handled per second (Events / Mean)", (summary, benchmark, events) =>
        summary[benchmark]?.ResultStatistics?.Mean is { } nanoseconds and > 0
            ? (events * 1e9 / nanoseconds).ToString("N0", CultureInfo.InvariantCulture)
            : null);

    public static PerEventColumn AllocatedPerEvent { get; } = new("Alloc/event", "Bytes allocated per event (Allocated / Events)", (summary, benchmark, events) =>
        summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } bytes
            ? (bytes / events).ToString("N0", CultureInfo.InvariantCulture) + " B"
            : null);

    public string Id => nameof(PerEventColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        valuePerEvent(summary, benchmarkCase, EventCount(benchmarkCase)) ?? "NA";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static double EventCount(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == EventCountParameter)?.Value is int events ? events : 1;
}
