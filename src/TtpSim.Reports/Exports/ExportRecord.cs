using System.Globalization;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;

namespace TtpSim.Reports.Exports;

/// <summary>One event flattened for other tools: every export format is written from these.</summary>
public sealed record ExportRecord(
    string Scenario,
    string Id,
    string Date,
    DatePrecision DatePrecision,
    DateOnly KnownFrom,
    string Type,
    CameoCode Cameo,
    PloverCode Plover,
    ActorRef? Actor,
    ActorRef? Recipient,
    string Summary,
    EventFigure? Figure,
    IReadOnlyList<SourceCitation> Sources,
    NegotiationEvent Event)
{
    /// <summary>A scenario's events in historical order, each with its parties and codes.</summary>
    public static IReadOnlyList<ExportRecord> FromScenario(string scenario, IEnumerable<NegotiationEvent> events)
    {
        var ordered = Timeline.InHistoricalOrder(events);
        var parties = new EventParties(ordered);
        return [.. ordered.Select(e =>
        {
            var dyad = parties.Of(e);
            return new ExportRecord(
                scenario,
                e.Meta.Id,
                e.Meta.Occurred.ToString(),
                e.Meta.Occurred.Precision,
                e.Meta.KnownFrom,
                e.TypeName,
                e.Cameo,
                PloverCode.For(e, parties),
                dyad.Actor,
                dyad.Recipient,
                EventSummary.Describe(e),
                EventFigure.Of(e),
                e.Meta.Sources.IsDefault ? [] : e.Meta.Sources,
                e);
        })];
    }

    public string KnownFromText => KnownFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The rule that inferred this event, or null for a recorded one.</summary>
    public string? DerivedBy => Event.Meta.DerivedBy?.Rule;
}
