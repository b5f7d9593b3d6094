using Spectre.Console;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Cli.Output;

internal static class TimelineTable
{
    public static void Write(TextWriter writer, IReadOnlyList<TimelineEntryView> entries)
    {
        var console = Terminal.Over(writer);
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in new[] { "date", "what happened", "sources" })
        {
            table.AddColumn(column);
        }

        foreach (var entry in entries)
        {
            var date = entry.KnownFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) is var known
                && entry.Sources.Count > 0 && !known.StartsWith(entry.Date, StringComparison.Ordinal)
                ? $"{entry.Date}\n(known {known})"
                : entry.Date;
            table.AddRow(
                Markup.Escape(date),
                Markup.Escape(entry.DerivedBy is { } rule ? $"{entry.Summary} [inferred: {rule}]" : entry.Summary + Voice(entry)),
                Markup.Escape(string.Join(", ", entry.Sources.Select(s => SourceLabel.For(s.File)).Distinct())));
        }

        console.Write(table);
    }

    /// <summary>Who says so, when it is not the outlet in its own voice: "[alleged by TTP]".</summary>
    private static string Voice(TimelineEntryView entry) => entry.Status == Domain.Events.AssertionStatus.Reported
        ? ""
        : $" [{entry.Status.ToString().ToLowerInvariant()}{(entry.AssertedBy is { } by ? $" by {by}" : "")}]";
}
