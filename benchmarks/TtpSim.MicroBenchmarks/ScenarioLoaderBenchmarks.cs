using System.Text;
using BenchmarkDotNet.Attributes;
using TtpSim.Scenarios.Loading;

namespace TtpSim.MicroBenchmarks;

/// <summary>Loading the shipped baseline from disk: parse, validate, run the decider, fingerprint.</summary>
[MemoryDiagnoser]
public class BaselineLoadBenchmarks
{
    /// <summary>Not varied: the count of events the baseline records, shown so events/s can be read off.</summary>
    [ParamsSource(nameof(RecordedEventCounts))]
    public int Events { get; set; }

    public static IEnumerable<int> RecordedEventCounts => [BaselineInputs.RecordedEventCount];

    [Benchmark]
    public Scenario LoadBaseline() => new ScenarioLoader().LoadFile(RepositoryFiles.BaselineScenario);
}

/// <summary>Loading a generated baseline-kind file held in memory, so disk reads do not blur the loader's own cost.</summary>
[MemoryDiagnoser]
public class SyntheticLoadBenchmarks
{
    private byte[] file = [];

    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void WriteScenario() => file = Encoding.UTF8.GetBytes(BaselineInputs.SyntheticScenario(Events));

    [Benchmark]
    public Scenario LoadSynthetic() => new ScenarioLoader().LoadBytes(file, $"synthetic-{Events}.yaml");
}
