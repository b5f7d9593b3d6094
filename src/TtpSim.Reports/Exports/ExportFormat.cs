namespace TtpSim.Reports.Exports;

public enum ExportFormat
{
    /// <summary>One row per event, for spreadsheets.</summary>
    Csv,

    /// <summary>One JSON object per line, every field of the event kept.</summary>
    Jsonl,

    /// <summary>PLOVER-style dyadic event records, one JSON object per line.</summary>
    Plover,
}
