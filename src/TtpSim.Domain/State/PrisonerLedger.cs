using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

public sealed record ReleaseRecord(string EventId, HistoricalDate Date, ActorRef By, Estimate Count, ReleaseBasis Basis, string? Who, ImmutableArray<SourceCitation> Sources, Assertion Assertion);

public sealed record HandoverRecord(string EventId, HistoricalDate Date, ActorRef By, ActorRef To, ImmutableArray<string> Names);

public sealed record WithheldRecord(string EventId, HistoricalDate Date, ActorRef By, Estimate Count, string Reason);

/// <summary>
/// Prisoner releases as reported, hand-overs of named people, and those still held. The totals are
/// kept as running figures: batches add up, a cumulative report sets a floor, and the larger of the
/// two holds; a release with no figure adds nothing.
/// </summary>
public sealed record PrisonerLedger(
    RecentRecords<ReleaseRecord> Releases,
    RecentRecords<HandoverRecord> HandedOver,
    RecentRecords<WithheldRecord> StillHeld,
    int BatchesLow,
    int BatchesHigh,
    int CumulativeLow,
    int CumulativeHigh,
    bool HasReleasesWithoutFigures)
{
    public static readonly PrisonerLedger Empty = new(
        RecentRecords<ReleaseRecord>.None, RecentRecords<HandoverRecord>.None, RecentRecords<WithheldRecord>.None, 0, 0, 0, 0, false);

    /// <summary>The fewest released so far that the reports allow.</summary>
    public int TotalLow() => Math.Max(BatchesLow, CumulativeLow);

    /// <summary>The most released so far that the reports allow.</summary>
    public int TotalHigh() => Math.Max(BatchesHigh, CumulativeHigh);

    public PrisonerLedger With(ReleaseRecord release)
    {
        var low = release.Count.Low ?? 0;
        var high = release.Count.High ?? 0;
        var batch = release.Basis == ReleaseBasis.Batch;
        return this with
        {
            Releases = Releases.Add(release),
            BatchesLow = batch ? BatchesLow + low : BatchesLow,
            BatchesHigh = batch ? BatchesHigh + high : BatchesHigh,
            CumulativeLow = batch ? CumulativeLow : Math.Max(CumulativeLow, low),
            CumulativeHigh = batch ? CumulativeHigh : Math.Max(CumulativeHigh, high),
            HasReleasesWithoutFigures = HasReleasesWithoutFigures || !release.Count.IsKnown,
        };
    }
}
