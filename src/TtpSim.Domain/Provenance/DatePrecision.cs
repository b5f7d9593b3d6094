namespace TtpSim.Domain.Provenance;

/// <summary>How finely a historical date is known. Coarser dates cover every day of their period.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
