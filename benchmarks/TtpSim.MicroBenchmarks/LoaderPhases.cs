using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// A stopwatch breakdown of one load of a generated file, for sizes too large to repeat under
/// BenchmarkDotNet: the whole load, then the parts that can be run on their own (the YAML tree, the
/// decider's check, a fingerprint-like serialisation of every event). What the parts leave over is
/// reading events out of the tree. Run with: -- phases 10000 100000
/// </summary>
public static class LoaderPhases
{
    public const string Command = "phases";

    public static void Run(IEnumerable<int> eventCounts)
    {
        Console.WriteLine("| events | phase | seconds | events/s | bytes/event |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var count in eventCounts)
        {
            var text = BaselineInputs.SyntheticScenario(count);
            var bytes = Encoding.UTF8.GetBytes(text);
            var loader = new ScenarioLoader(maxFileBytes: long.MaxValue);
            var scenario = Measure(count, "whole load", () => loader.LoadBytes(bytes, $"synthetic-{count}.yaml"));
            Measure(count, "YAML tree", () => YamlTreeReader.Read(text));
            Measure(count, "decider check (Chronicle)", () => Chronicle.Tell(scenario.Events.Where(e => !e.Meta.IsDerived)));
            Measure(count, "events as JSON (fingerprint)", () => scenario.Events.Sum(e => JsonSerializer.Serialize(e, e.GetType(), SnapshotJson.Options).Length));
            Console.WriteLine($"<!-- {count} events: {bytes.Length:N0} bytes of YAML, fingerprint {scenario.Fingerprint} -->");
        }
    }

    private static T Measure<T>(int events, string phase, Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {events:N0} | {phase} | {seconds:F2} | {events / seconds:N0} | {allocated / events:N0} |"));
        return result;
    }
}
