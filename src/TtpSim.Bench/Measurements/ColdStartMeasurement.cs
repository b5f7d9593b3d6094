namespace TtpSim.Bench.Measurements;

/// <summary>
/// A whole <c>state</c> process, from spawn to exit: runtime start, JIT, Marten's store set-up, the query and
/// the JSON. Marten 9 generates no code at run time (its Roslyn code generation was removed in 9.0), so there is
/// no "generated at run time" versus "pre-generated" pair to time: one figure, the median of several runs.
/// </summary>
public static class ColdStartMeasurement
{
    public const string Scenario = "baseline-2021-22";
    public const string Day = "2021-11-20";

    public sealed record Result(int Runs, double MedianMs, IReadOnlyList<double> SamplesMs);

    public static async Task<Result> RunAsync(CliChild cli, int runs, CancellationToken cancellation)
    {
        var samples = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var exit = await cli.RunAsync(["state", "--scenario", Scenario, "--at", Day, "--format", "json"], watchMemory: false, cancellation);
            if (exit.Code != 0)
            {
                throw new InvalidOperationException($"the cold-start state process failed (exit code {exit.Code}): {exit.Error.Trim()}");
            }

            samples.Add(exit.WallTime.TotalMilliseconds);
        }

        return new Result(runs, Percentiles.Of(samples, 50), samples);
    }
}
