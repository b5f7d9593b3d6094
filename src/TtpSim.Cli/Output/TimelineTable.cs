using Spectre.Console;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Cli.Output;

internal static class TimelineTable
{
    /// <remarks>
    /// A rule row marks where the record ends: what stands below it (an invented event of a what-if, an
    /// inference) is dated after the last source was published, so no source speaks to it.
    /// </remarks>
    public static void Write(TextWriter writer, IReadOnlyList<TimelineEntryView> entries, DateOnly? recordEnds)
    {
        var console = Terminal.Over(writer);
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in new[] { "date", "what happened", "sources" })
        {
            table.AddColumn(column);
        }

        var recordEndStillToMark = recordEnds;
        foreach (var entry in entries)
        {
            if (recordEndStillToMark is { } end && RecordHorizon.IsPast(entry, end))
            {
                AddRecordEnd(table, end);
                recordEndStillToMark = null;
            }

            var date = entry.KnownFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) is var known
                && entry.Sources.Count > 0 && !known.StartsWith(entry.Date, StringComparison.Ordinal)
                ? $"{entry.Date}\n(known {known})"
                : entry.Date;
            table.AddRow(
                Markup.Escape(date),
                Markup.Escape(entry.DerivedBy is { } rule ? $"{entry.Summary} [inferred: {rule}]" : entry.Summary + Voice(entry)),
                Markup.Escape(string.Join(", ", entry.Sources.Select(s => SourceLabel.For(s.File)).Distinct())));
        }

        if (recordEndStillToMark is { } last)
        {
            AddRecordEnd(table, last);
        }

        console.Write(table);
    }

    private static void AddRecordEnd(Table table, DateOnly end) =>
        table.AddRow(RecordHorizon.Day(end), "[bold]── record ends: no source after this day ──[/]", "");

    /// <summary>Who says so, when it is not the outlet in its own voice: "[alleged by TTP]".</summary>
    private static string Voice(TimelineEntryView entry) => entry.Status == Domain.Events.AssertionStatus.Reported
        ? ""
        : $" [{entry.Status.ToString().ToLowerInvariant()}{(entry.AssertedBy is { } by ? $" by {by}" : "")}]";
}
