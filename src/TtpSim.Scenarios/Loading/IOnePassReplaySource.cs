using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// A scenario file replayed as it is checked: its events are read, checked and handed on in one pass, so the
/// store writes them while the file is read, inside a transaction it rolls back if the file turns out bad.
/// What only the whole file can tell (its fingerprint, how many events it stores) is known once the pass ends.
/// </summary>
public interface IOnePassReplaySource : IScenarioFacts
{
    /// <summary>A hash of the file's bytes, known before any event is read: it names the stream the events go to.</summary>
    string ContentHash { get; }

    /// <summary>
    /// The events, recorded and derived, in historical order, each checked as it is read. Bad input throws a
    /// <see cref="ScenarioException"/> (what needs the whole file, such as a forward <c>dependsOn</c> that never
    /// resolves or a refusal of the rules, at the end); a file one pass cannot serve (not in historical order)
    /// throws <see cref="OnePassNotPossibleException"/>. Once it has ended, <see cref="IScenarioFacts.Fingerprint"/> and
    /// <see cref="IScenarioFacts.EventCount"/> are set.
    /// </summary>
    IEnumerable<NegotiationEvent> CheckedEventsInHistoricalOrder();

    /// <summary>The file checked whole before anything is stored, as <see cref="ScenarioLoader.LoadForReplay"/> does.</summary>
    IReplaySource CheckFirst();
}

/// <summary>The file needs a checking pass before its events can be stored in historical order.</summary>
public sealed class OnePassNotPossibleException(string reason) : Exception(reason);
