using System.Globalization;

namespace TtpSim.Reports.Exports;

/// <summary>
/// One row per event (RFC 4180: comma-separated, quoted where needed, CRLF line ends), for spreadsheets.
/// New columns go at the end, so a reader that picks columns by position keeps working.
/// </summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "scenario", "id", "date", "date_precision", "known_from", "type", "cameo", "cameo_label",
        "plover_event_type", "plover_mode", "plover_context", "actor_id", "actor", "recipient_id", "recipient",
        "summary", "figure", "figure_low", "figure_high", "figures_disagree", "sources", "outlets",
        "status", "asserted_by", "depends_on", "record_horizon",
    ];

    public static void Write(TextWriter writer, IEnumerable<ExportRecord> records)
    {
        WriteRow(writer, Columns);
        foreach (var r in records)
        {
            WriteRow(writer,
            [
                r.Scenario, r.Id, r.Date, Word(r.DatePrecision), r.KnownFromText, r.Type, r.Cameo?.Code, r.Cameo?.Label,
                r.Plover?.EventType, r.Plover?.Mode, r.Plover?.Context, r.Actor?.Id, r.Actor?.Name, r.Recipient?.Id, r.Recipient?.Name,
                r.Summary, r.Figure?.Counts, Number(r.Figure?.Estimate.Low), Number(r.Figure?.Estimate.High),
                r.Figure is { } figure ? (figure.Estimate.SourcesDisagree ? "true" : "false") : null,
                string.Join("; ", r.Sources.Select(s => s.File).Distinct()),
                string.Join("; ", r.Sources.Select(s => s.Outlet).Distinct()),
                r.Status, r.AssertedBy?.Id, string.Join("; ", r.Event.Meta.DependsOn), r.RecordHorizonText,
            ]);
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string?> cells)
    {
        writer.Write(string.Join(',', cells.Select(Quote)));
        writer.Write("\r\n");
    }

    private static string Quote(string? cell) =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : cell;

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
