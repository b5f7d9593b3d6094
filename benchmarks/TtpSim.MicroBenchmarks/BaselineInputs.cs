using System.Collections.Immutable;
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

    public static ImmutableArray<SourceDefinition> Sources => Scenario.Sources;

    public static ImmutableArray<SourceCitation> Quotes =>
        [.. Scenario.Events.SelectMany(e => e.Meta.Sources).DistinctBy(c => (c.File, c.Quote))];

    /// <summary>The events the baseline file records, leaving out those the rules derive from them.</summary>
    public static int RecordedEventCount => Scenario.Events.Count(e => !e.Meta.IsDerived);

    public static string SyntheticScenario(int eventCount) =>
        SyntheticScenarioYaml.Write($"synthetic-{eventCount}", Sources, SyntheticHistory.Generate(eventCount, Quotes));
}
