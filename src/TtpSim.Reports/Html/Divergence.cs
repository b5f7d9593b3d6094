using TtpSim.Domain.Comparison;
using TtpSim.Domain.Events;

namespace TtpSim.Reports.Html;

/// <summary>
/// How a scenario departs from the report's reference scenario: events of its own, events changed
/// (same id, different facts) and events of the reference it lacks, and the first day any of that happens.
/// </summary>
internal sealed record Divergence(
    string Reference,
    IReadOnlySet<string> Differing,
    IReadOnlyList<NegotiationEvent> OnlyInReference,
    int Added,
    int Changed,
    DateOnly? PartsOn)
{
    public static Divergence None(string reference) => new(reference, new HashSet<string>(), [], 0, 0, null);

    public static Divergence Between(string reference, IReadOnlyList<NegotiationEvent> referenceEvents, IReadOnlyList<NegotiationEvent> events)
    {
        var differences = EventDifferences.Between(referenceEvents, events);
        var dates = differences.OnlyInA.Concat(differences.OnlyInB).Select(e => e.Meta.Occurred.Start)
            .Concat(differences.Changed.Select(c => c.FirstDate))
            .ToList();
        return new Divergence(
            reference,
            differences.OnlyInB.Concat(differences.Changed.Select(c => c.InB)).Select(e => e.Meta.Id).ToHashSet(StringComparer.Ordinal),
            differences.OnlyInA,
            differences.OnlyInB.Count,
            differences.Changed.Count,
            dates.Count == 0 ? null : dates.Min());
    }

    public bool IsNone => Differing.Count == 0 && OnlyInReference.Count == 0;
}
