using System.Collections.Immutable;

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

/// <summary>The latest <see cref="RecentRecords.Kept"/> records of one kind, oldest first, and how many there have been in all.</summary>
public sealed record RecentRecords<T>(ImmutableList<T> Latest, int Total)
{
    public static readonly RecentRecords<T> None = new([], 0);

    public RecentRecords<T> Add(T record) => new(
        Latest.Count < RecentRecords.Kept ? Latest.Add(record) : Latest.RemoveAt(0).Add(record),
        Total + 1);

    /// <summary>Replaces the record at <paramref name="index"/> in <see cref="Latest"/>; the total is unchanged.</summary>
    public RecentRecords<T> SetLatest(int index, T record) => this with { Latest = Latest.SetItem(index, record) };

    public bool LeavesOutOlder() => Total > Latest.Count;
}
