using System.Collections.Immutable;

namespace TtpSim.Domain.Uncertainty;

/// <summary>A day chosen for an event, inside the interval its sources allow.</summary>
public readonly record struct DayChoice(string EventId, DateOnly Day);

/// <summary>
/// One admissible reading of the record on a date, for the events that can move one status: the events
/// that had happened (and, with a knowledge date, were known) by then, each on a day inside its
/// interval, in the order they are folded; and those of the group that had not happened yet (or were not
/// yet known). It is the witness that a possible value can occur.
/// </summary>
public sealed record Reading(ImmutableArray<DayChoice> Happened, ImmutableArray<string> NotYet);

/// <summary>A value a status may have on a date, with one reading that gives it.</summary>
public sealed record PossibleValue(string? Value, Reading Witness);

/// <summary>
/// A status the record cannot settle on a date: every value it may have, and the events whose uncertain
/// dates (or knowledge dates) make the difference.
/// </summary>
public sealed record UncertainStatus(string Path, ImmutableArray<PossibleValue> Possible, ImmutableArray<string> BecauseOf)
{
    public IEnumerable<string?> Values => Possible.Select(p => p.Value);
}

/// <summary>
/// What the record settles and what it leaves open on a date: each tracked status (talks.status,
/// ceasefire.active, ceasefires[id].status, demands[id].status) with its one value, or its possible
/// values; the events whose interval (or knowledge interval) the date falls inside; and the record's
/// horizon, the latest publication day of every source the history cites.
/// </summary>
public sealed record DateUncertaintyReport(
    DateOnly AsOf,
    DateOnly? KnownAsOf,
    DateOnly? Horizon,
    IReadOnlyDictionary<string, string?> Settled,
    ImmutableArray<UncertainStatus> Open,
    ImmutableArray<string> MayNotHaveHappened,
    ImmutableArray<string> MayHaveBeenKnown)
{
    public static DateUncertaintyReport Nothing(DateOnly asOf, DateOnly? knownAsOf, DateOnly? horizon) =>
        new(asOf, knownAsOf, horizon, ImmutableDictionary<string, string?>.Empty, [], [], []);

    public UncertainStatus? OpenAt(string path) => Open.FirstOrDefault(o => o.Path == path);

    /// <summary>The status's one value when the record settles it; false when it is open or not tracked.</summary>
    public bool TrySettled(string path, out string? value) => Settled.TryGetValue(path, out value);
}
