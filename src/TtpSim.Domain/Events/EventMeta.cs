using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>
/// What every event carries besides its facts: a stable id, when it happened (with precision), when
/// it became publicly known, the sources that support it, and its place in the scenario file, which
/// breaks ties between events of the same date whatever order they were stored in.
/// </summary>
public sealed record EventMeta(
    string Id,
    HistoricalDate Occurred,
    DateOnly KnownFrom,
    ImmutableArray<SourceCitation> Sources,
    int Ordinal);
