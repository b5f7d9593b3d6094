using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// What replay needs of a loaded scenario: its name, title and fingerprint, how many events it stores, and
/// those events (recorded and derived) in historical order. A YAML scenario holds them; a streamed
/// <c>.jsonl</c> one reads them from its file again, one at a time.
/// </summary>
public interface IReplaySource
{
    string Name { get; }

    string Title { get; }

    string? Question { get; }

    /// <summary>The file it was loaded from, as errors name it.</summary>
    string File { get; }

    string Fingerprint { get; }

    int EventCount { get; }

    IEnumerable<NegotiationEvent> EventsInHistoricalOrder();
}
