using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;
using YamlDotNet.Core;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// A stopwatch breakdown of one load of a generated file, for sizes too large to repeat under
/// BenchmarkDotNet: the whole load, then the parts that can be run on their own (the YAML tree, the
/// decider's check, the serialisation of every event that the fingerprint hashes). What the parts
/// leave over is reading events out of the tree. Run with: -- phases 10000 100000
/// </summary>
public static class LoaderPhases
{
    public const string Command = "phases";

    public static void Run(IEnumerable<int> eventCounts)
    {
        Console.WriteLine("| events | phase | wall s | CPU s | events/CPU s | bytes/event |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|");
        foreach (var count in eventCounts)
        {
            var text = BaselineInputs.SyntheticScenario(count);
            var bytes = Encoding.UTF8.GetBytes(text);
            var loader = new ScenarioLoader(maxFileBytes: long.MaxValue);
            Measure(count, "whole load, cold (JIT included)", () => loader.LoadBytes(bytes, $"synthetic-{count}.yaml"));
            var scenario = Measure(count, "whole load, warm", () => loader.LoadBytes(bytes, $"synthetic-{count}.yaml"));
            Measure(count, "YAML parser alone (YamlDotNet)", () => CountParsingEvents(text));
            Measure(count, "YAML tree (parser included)", () => YamlTreeReader.Read(text));
            Measure(count, "decider check (Chronicle)", () => Chronicle.Tell(scenario.Events.Where(e => !e.Meta.IsDerived)));
            Measure(count, "events as JSON (fingerprint's input)", () => SerializeAll(scenario));
            Console.WriteLine($"<!-- {count} events: {bytes.Length:N0} bytes of YAML, fingerprint {scenario.Fingerprint} -->");
        }
    }

    private static T Measure<T>(int events, string phase, Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // CPU time as well as wall time: the machine is shared, and the wall clock counts others' work.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {events:N0} | {phase} | {seconds:F2} | {cpuSeconds:F2} | {events / cpuSeconds:N0} | {allocated / events:N0} |"));
        return result;
    }

    private static int CountParsingEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var count = 0;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }

    private static int SerializeAll(Scenario scenario)
    {
        foreach (var @event in scenario.Events)
        {
            JsonSerializer.Serialize(Stream.Null, @event, @event.GetType(), SnapshotJson.Options);
        }

        return scenario.Events.Length;
    }
}
