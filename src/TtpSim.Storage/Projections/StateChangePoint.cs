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

    public static string IdFor(string streamKey, DateOnly date) => $"{streamKey}/{date:yyyy-MM-dd}";
}
