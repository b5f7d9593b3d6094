using System.Globalization;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
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
    CameoCode? Cameo,
    PloverCode? Plover,
    ActorRef? Actor,
    ActorRef? Recipient,
    string Summary,
    EventFigure? Figure,
    IReadOnlyList<SourceCitation> Sources,
    NegotiationEvent Event)
{
    /// <summary>A scenario's events in historical order, each with its parties and codes and where the scenario's record ends.</summary>
    public static IReadOnlyList<ExportRecord> FromScenario(string scenario, IEnumerable<NegotiationEvent> events)
    {
        var ordered = Timeline.InHistoricalOrder(events);
        var history = new EventLookup(ordered);
        var recordEnds = Horizon.OfHistory(ordered);
        return [.. ordered.Select(e =>
        {
            var dyad = e.Dyad(history);
            return new ExportRecord(
                scenario,
                e.Meta.Id,
                e.Meta.Occurred.ToString(),
                e.Meta.Occurred.Precision,
                e.Meta.KnownFrom,
                e.TypeName,
                e.Cameo,
                e.Plover(history),
                dyad.Actor,
                dyad.Recipient,
                e.Describe(),
                e.Figure(),
                e.Meta.Sources.IsDefault ? [] : e.Meta.Sources,
                e)
            {
                RecordHorizon = recordEnds,
            };
        })];
    }

    /// <summary>
    /// Where the scenario's record ends: the last day any of its events' sources was published (null when
    /// none cites one). The same on every record of a scenario; an event dated after it is one no source speaks to.
    /// </summary>
    public DateOnly? RecordHorizon { get; init; }

    public string? RecordHorizonText => RecordHorizon?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string KnownFromText => KnownFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How the event is asserted: reported, claimed, alleged, denied or confirmed.</summary>
    public string Status => Event.Meta.Assertion.Status.ToString().ToLowerInvariant();

    /// <summary>Who claims, alleges, denies or confirms it; null when the outlet reports it.</summary>
    public ActorRef? AssertedBy => Event.Meta.Assertion.By;

    /// <summary>The rule that inferred this event, or null for a recorded one.</summary>
    public string? DerivedBy => Event.Meta.DerivedBy?.Rule;
}
