using System.Diagnostics;
using TtpSim.Domain.Snapshots;
using TtpSim.Storage.Replay;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// What <c>./ttpsim state --scenario S --at D --format json</c> does inside the process, at seeded random dates
/// in the scenario's span: <c>StateAtAsync</c>, <c>SnapshotBuilder.Build</c>, <c>SnapshotJson.Serialize</c>.
/// </summary>
public static class StateQueryMeasurement
{
    public const int MostQueries = 200;
    public const int FewestQueries = 30;

    /// <summary>After this, no more queries than <see cref="FewestQueries"/>: at 10^6 events each one may be slow.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public sealed record Result(int Queries, double P50Ms, double P99Ms, double MeanMs, double MaxMs, long MeanJsonBytes);

    public static async Task<Result> RunAsync(ScenarioRepository repository, string scenario, DateOnly from, DateOnly to, int seed, CancellationToken cancellation)
    {
        var random = new Random(seed);
        var latencies = new List<double>();
        long jsonBytes = 0;
        var total = Stopwatch.StartNew();
        while (latencies.Count < MostQueries && (latencies.Count < FewestQueries || total.Elapsed < Budget))
        {
            var day = DateOnly.FromDayNumber(random.Next(from.DayNumber, to.DayNumber + 1));
            var clock = Stopwatch.StartNew();
            var json = SnapshotJson.Serialize(await repository.SnapshotAtAsync(scenario, day, null, cancellation));
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            jsonBytes += json.Length;
        }

        return new Result(latencies.Count, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), latencies.Average(), latencies.Max(), jsonBytes / latencies.Count);
    }
}
