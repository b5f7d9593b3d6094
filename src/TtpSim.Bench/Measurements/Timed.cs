using System.Diagnostics;

namespace TtpSim.Bench.Measurements;

/// <summary>Wall-clock timing of one piece of work.</summary>
public static class Timed
{
    public static async Task<(T Result, TimeSpan Elapsed)> RunAsync<T>(Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        return (result, clock.Elapsed);
    }

    public static async Task<TimeSpan> ElapsedAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    /// <summary>
    /// In-memory work at small sizes takes microseconds, below the clock's and the JIT's noise: it is repeated
    /// until <paramref name="atLeast"/> has passed (at most <paramref name="maxRepeats"/> times) and the fastest run kept.
    /// </summary>
    public static TimeSpan Fastest(Action work, TimeSpan atLeast, int maxRepeats = 20)
    {
        var total = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < maxRepeats && (i == 0 || total.Elapsed < atLeast); i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }
}
