using TtpSim.Domain.State;

namespace TtpSim.Storage.Projections;

/// <summary>
/// The negotiation state after everything that happened on <see cref="Date"/> in one scenario's stream.
/// The state on any day is the latest change point on or before it: a lookup, not a fold.
/// </summary>
public sealed class StateChangePoint
{
    public required string Id { get; init; }

    public required string StreamKey { get; init; }

    public required DateOnly Date { get; init; }

    public required NegotiationState State { get; init; }

    /// <summary>The last event folded into <see cref="State"/>, so the next batch can tell whether it carries on from here.</summary>
    public EventKey? LastEvent { get; init; }

    public static string IdFor(string streamKey, DateOnly date) => $"{streamKey}/{date:yyyy-MM-dd}";

    public static StateChangePoint For(string streamKey, DateOnly date, NegotiationState state, EventKey lastEvent) => new()
    {
        Id = IdFor(streamKey, date),
        StreamKey = streamKey,
        Date = date,
        State = state,
        LastEvent = lastEvent,
    };
}
