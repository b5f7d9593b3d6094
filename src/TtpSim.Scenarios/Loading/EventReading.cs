using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Format;

namespace TtpSim.Scenarios.Loading;

/// <summary>What every event of one file is read against: its kind, its actors and its sources.</summary>
internal sealed record EventReading(
    MappingReader Top,
    ScenarioKind Kind,
    IReadOnlyDictionary<string, ActorRef> Actors,
    IReadOnlyDictionary<string, SourceDefinition> Sources);

/// <summary>The change lists of a derived scenario, as written.</summary>
internal sealed record ChangeNodes(
    System.Collections.Immutable.ImmutableArray<Yaml.YamlNode> Remove,
    System.Collections.Immutable.ImmutableArray<Yaml.YamlNode> Replace,
    System.Collections.Immutable.ImmutableArray<Yaml.YamlNode> Shift)
{
    public bool IsEmpty => Remove.IsEmpty && Replace.IsEmpty && Shift.IsEmpty;

    public string FirstKey => !Remove.IsEmpty ? "remove" : !Replace.IsEmpty ? "replace" : "shift";
}
