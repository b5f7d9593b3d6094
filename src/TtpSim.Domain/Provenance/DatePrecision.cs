namespace TtpSim.Domain.Provenance;

/// <summary>How finely a historical date is known. Coarser dates cover every day of their period.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,

    /// <summary>Somewhere between two days the sources bound (an undated statement, at latest its article's date).</summary>
    Range,
}
