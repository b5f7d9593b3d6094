using System.Collections.Immutable;
using TtpSim.Bench.Generation;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Loading;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// What the synthetic histories borrow from the shipped baseline: its five real sources and the
/// quotes its events cite from them, so a generated file cites what the loader would accept in a real one.
/// </summary>
public static class BaselineInputs
{
    private static readonly Lazy<Scenario> Baseline = new(() => new ScenarioLoader().LoadFile(RepositoryFiles.BaselineScenario));

    public static Scenario Scenario => Baseline.Value;

    public static ImmutableArray<SourceCitation> Quotes =>
        [.. Scenario.Events.SelectMany(e => e.Meta.Sources).DistinctBy(c => (c.File, c.Quote))];

    /// <summary>The events the baseline file records, leaving out those the rules derive from them.</summary>
    public static int RecordedEventCount => Scenario.Events.Count(e => !e.Meta.IsDerived);

    /// <summary>The file <c>./ttpsim bench</c> generates for that many events: one generator serves both.</summary>
    public static string SyntheticScenario(int eventCount)
    {
        var folder = Directory.CreateTempSubdirectory("ttpsim-micro-").FullName;
        try
        {
            return File.ReadAllText(ScenarioGenerator.Write(folder, eventCount).Path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
