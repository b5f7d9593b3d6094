using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

public sealed record ReleaseRecord(string EventId, HistoricalDate Date, ActorRef By, Estimate Count, ReleaseBasis Basis, string? Who, ImmutableArray<SourceCitation> Sources);

public sealed record HandoverRecord(string EventId, HistoricalDate Date, ActorRef By, ActorRef To, ImmutableArray<string> Names);

public sealed record WithheldRecord(string EventId, HistoricalDate Date, ActorRef By, Estimate Count, string Reason);

/// <summary>Prisoner releases as reported, hand-overs of named people, and those still held.</summary>
public sealed record PrisonerLedger(
    ImmutableList<ReleaseRecord> Releases,
    ImmutableList<HandoverRecord> HandedOver,
    ImmutableList<WithheldRecord> StillHeld)
{
    public static readonly PrisonerLedger Empty = new([], [], []);

    /// <summary>
    /// The fewest released so far that the reports allow: batches add up, a cumulative report sets a
    /// floor, and the larger of the two holds. Releases with no figure add nothing.
    /// </summary>
    public int TotalLow() => Total(estimate => estimate.Low);

    /// <summary>The most released so far that the reports allow, by the same rule on the high figures.</summary>
    public int TotalHigh() => Total(estimate => estimate.High);

    public bool HasReleasesWithoutFigures() => Releases.Any(r => !r.Count.IsKnown);

    private int Total(Func<Estimate, int?> bound)
    {
        var batches = Releases.Where(r => r.Basis == ReleaseBasis.Batch).Sum(r => bound(r.Count) ?? 0);
        var cumulative = Releases.Where(r => r.Basis == ReleaseBasis.Cumulative).Select(r => bound(r.Count) ?? 0).DefaultIfEmpty(0).Max();
        return Math.Max(batches, cumulative);
    }
}
