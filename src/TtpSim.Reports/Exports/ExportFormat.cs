namespace TtpSim.Reports.Exports;

public enum ExportFormat
{
    /// <summary>One row per event, for spreadsheets.</summary>
    Csv,

    /// <summary>The <c>.jsonl</c> scenario format: a header line, then one recorded event a line; replays as a scenario.</summary>
    Jsonl,

    /// <summary>One JSON object per line and per event (derived ones too), every field kept: what <c>jsonl</c> wrote before.</summary>
    Records,

    /// <summary>PLOVER-style dyadic event records, one JSON object per line.</summary>
    Plover,
}
