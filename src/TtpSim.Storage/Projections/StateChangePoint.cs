using TtpSim.Domain.State;

namespace TtpSim.Storage.Projections;

/// <summary>
/// The negotiation state after everything that happened up to and on <see cref="Date"/> in one scenario's
/// stream. The state on a day is the latest point on or before it, plus, when the next point says so, the
/// events stored between the two that happened by that day (see <see cref="StateTimelineProjection"/>).
/// </summary>
public sealed class StateChangePoint
{
    public required string Id { get; init; }

    public required string StreamKey { get; init; }

    public required DateOnly Date { get; init; }

    public required NegotiationState State { get; init; }

    /// <summary>The last event folded into <see cref="State"/>, so the next batch can tell whether it carries on from here.</summary>
    public EventKey? LastEvent { get; init; }

    /// <summary>
    /// True when the events between the previous point (or the stream's start) and this one are the stream's
    /// versions in between, stored in historical order: a read between the two dates folds them. False when
    /// every date has a point, so nothing happened between the previous point's date and this one's.
    /// </summary>
    public bool PrecededByStoredRange { get; init; }

    public static string IdFor(string streamKey, DateOnly date) => $"{streamKey}/{date:yyyy-MM-dd}";

    public static StateChangePoint For(string streamKey, DateOnly date, NegotiationState state, EventKey lastEvent, bool precededByStoredRange) => new()
    {
        Id = IdFor(streamKey, date),
        StreamKey = streamKey,
        Date = date,
        State = state,
        LastEvent = lastEvent,
        PrecededByStoredRange = precededByStoredRange,
    };
}
