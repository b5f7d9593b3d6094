using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>
/// What every event carries besides its facts: a stable id, when it happened (with precision), when
/// it became publicly known, the sources that support it, and its place in the scenario file, which
/// breaks ties between events of the same date whatever order they were stored in. An event a rule
/// inferred, rather than one a file records, says so in <see cref="DerivedBy"/>. <see cref="Asserted"/>
/// says who asserts it and how strongly (null: the outlet reports it in its own voice), and
/// <see cref="DependsOn"/> names the events it presupposes.
/// </summary>
public sealed record EventMeta(
    string Id,
    HistoricalDate Occurred,
    DateOnly KnownFrom,
    ImmutableArray<SourceCitation> Sources,
    int Ordinal,
    Derivation? DerivedBy = null,
    Assertion? Asserted = null,
    ImmutableArray<string> DependsOn = default)
{
    public bool IsDerived => DerivedBy is not null;

    /// <summary>How the event is asserted; reported by its outlet when the file says nothing else.</summary>
    public Assertion Assertion => Asserted ?? Assertion.Reported;

    /// <summary>The events this one presupposes; empty, never default, when there are none (so it serializes).</summary>
    public ImmutableArray<string> DependsOn { get; init; } = DependsOn.IsDefault ? [] : DependsOn;

    /// <summary>
    /// The first day the public may have known, when a `known` date (or the first source's publication)
    /// is given only to a month or a range: from this day until <see cref="KnownFrom"/>, whether the public
    /// knew is uncertain. Null when the public knew from one day.
    /// </summary>
    public DateOnly? KnownEarliest { get; init; }

    /// <summary>Whether the public may or may not have known of the event on <paramref name="day"/>.</summary>
    public bool KnownUncertainOn(DateOnly day) => KnownEarliest is { } earliest && earliest <= day && day < KnownFrom;
}

/// <summary>The rule that inferred an event, and the events it inferred it from.</summary>
public sealed record Derivation(string Rule, ImmutableArray<string> From);
