using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

/// <summary>A base rate: how many past deals there were and how many held, as a source counts them.</summary>
public sealed record PastDeals(
    string EventId,
    ImmutableArray<ActorRef> Between,
    Estimate Count,
    HistoricalDate PeriodFrom,
    HistoricalDate PeriodTo,
    Estimate Held,
    string Outcome,
    ImmutableArray<SourceCitation> Sources);
