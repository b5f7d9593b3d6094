using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// What replay needs of a loaded scenario: its name, title and fingerprint, how many events it stores, and
/// those events (recorded and derived) in historical order. A YAML scenario holds them; a streamed
/// <c>.jsonl</c> one reads them from its file again, one at a time.
/// </summary>
public interface IReplaySource : IScenarioFacts
{
    IEnumerable<NegotiationEvent> EventsInHistoricalOrder();
}
