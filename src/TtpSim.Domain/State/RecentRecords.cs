using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace TtpSim.Domain.State;

/// <summary>
/// How many records of one kind the state keeps. The state answers "where did things stand on this
/// day", so it carries the latest records and how many there have been, not the whole history: a
/// state that grew with the history would make every lookup, stored change point and fold step grow
/// with it. The whole history stays in the events (timeline, export).
/// </summary>
public static class RecentRecords
{
    public const int Kept = 20;
}

/// <summary>
/// The latest <see cref="RecentRecords.Kept"/> records of one kind, oldest first, and how many there have
/// been in all. An array: copying at most twenty references on each record is cheaper than a tree's path copies.
/// </summary>
public sealed record RecentRecords<T>(ImmutableArray<T> Latest, int Total)
{
    public static readonly RecentRecords<T> None = new([], 0);

    public RecentRecords<T> Add(T record)
    {
        var kept = Latest.IsDefault ? [] : Latest;
        var dropped = kept.Length < RecentRecords.Kept ? 0 : kept.Length - RecentRecords.Kept + 1;

        // Filled here and never written again, so the array can be the immutable one (no builder: this runs for every record folded).
        var latest = new T[kept.Length - dropped + 1];
        kept.AsSpan()[dropped..].CopyTo(latest);
        latest[^1] = record;
        return new(ImmutableCollectionsMarshal.AsImmutableArray(latest), Total + 1);
    }

    /// <summary>Replaces the record at <paramref name="index"/> in <see cref="Latest"/>; the total is unchanged.</summary>
    public RecentRecords<T> SetLatest(int index, T record) => this with { Latest = Latest.SetItem(index, record) };
}
