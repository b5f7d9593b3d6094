using Marten;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;

namespace TtpSim.Bench.Measurements;

/// <summary>Load, then replay: what <c>./ttpsim replay FILE</c> does, timed in two parts.</summary>
public static class ReplayPathMeasurement
{
    /// <summary>Generated files are far larger than hand-written ones; the loader's 8 MiB guard is for people's files.</summary>
    public const long GeneratedFileLimit = long.MaxValue;

    public sealed record Result(Scenario Scenario, Rate Load, Rate Replay)
    {
        public Rate Total => Load + Replay;
    }

    public static async Task<Result> RunAsync(IDocumentStore store, string file, CancellationToken cancellation)
    {
        var (scenario, loading) = await Timed.RunAsync(() => Task.FromResult(new ScenarioLoader(GeneratedFileLimit).LoadFile(file)));
        var repository = new ScenarioRepository(store);
        var replaying = await Timed.ElapsedAsync(() => repository.ReplayAsync(scenario, cancellation));
        var count = scenario.Events.Length;
        return new Result(scenario, Rate.Of(count, loading), Rate.Of(count, replaying));
    }
}
