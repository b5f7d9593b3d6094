using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Snapshots;

/// <summary>One event of a timeline: when it happened and with what precision, when it was known, what it says, who says so and how
/// (reported, claimed, alleged, denied, confirmed), and the events it presupposes.</summary>
public sealed record TimelineEntryView(
    string Id,
    string Type,
    string? Cameo,
    string? CameoLabel,
    string Date,
    DatePrecision DatePrecision,
    DateOnly KnownFrom,
    string Summary,
    IReadOnlyList<SourceView> Sources,
    string? DerivedBy,
    IReadOnlyList<string> DerivedFrom,
    AssertionStatus Status,
    string? AssertedBy,
    IReadOnlyList<string> DependsOn);

public static class TimelineView
{
    /// <summary>Every event in historical order, whatever order it was stored in.</summary>
    public static IReadOnlyList<TimelineEntryView> Build(IEnumerable<NegotiationEvent> events) =>
        [.. Timeline.InHistoricalOrder(events).Select(e => new TimelineEntryView(
            e.Meta.Id,
            e.TypeName,
            e.Cameo?.Code,
            e.Cameo?.Label,
            e.Meta.Occurred.ToString(),
            e.Meta.Occurred.Precision,
            e.Meta.KnownFrom,
            e.Describe(),
            SnapshotBuilder.Sources(e.Meta.Sources),
            e.Meta.DerivedBy?.Rule,
            e.Meta.DerivedBy is { } derivation ? [.. derivation.From] : [],
            e.Meta.Assertion.Status,
            e.Meta.Assertion.By?.Name,
            [.. e.Meta.DependsOn]))];
}
