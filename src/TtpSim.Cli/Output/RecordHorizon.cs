using System.Globalization;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;

namespace TtpSim.Cli.Output;

/// <summary>
/// How the outputs that show every event (timeline, diff) speak of where a record ends
/// (<see cref="Horizon.OfHistory"/>): whether an entry lies past it, and which scenario's record a day is beyond.
/// </summary>
internal static class RecordHorizon
{
    /// <summary>
    /// Whether an entry begins after the record ends. A loosely dated entry counts from its first day, as it
    /// does in the state, so one whose period straddles the horizon stays inside the record.
    /// </summary>
    public static bool IsPast(TimelineEntryView entry, DateOnly? recordEnds) =>
        recordEnds is { } end && HistoricalDate.Parse(entry.Date).Start > end;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// "beyond baseline's record (ends 2022-05-19)", naming each of the two scenarios whose record ends before
    /// the day; null when neither does.
    /// </summary>
    public static string? Beyond(DateOnly day, (string Name, DateOnly? Ends) a, (string Name, DateOnly? Ends) b)
    {
        var past = new[] { a, b }.Where(s => s.Ends is { } end && day > end).Distinct().ToList();
        return past switch
        {
            [] => null,
            [var only] => $"beyond {only.Name}'s record (ends {Day(only.Ends!.Value)})",
            [var first, var second] when first.Ends == second.Ends => $"beyond both records (each ends {Day(first.Ends!.Value)})",
            _ => "beyond " + string.Join(" and ", past.Select(s => $"{s.Name}'s record (ends {Day(s.Ends!.Value)})")),
        };
    }
}
