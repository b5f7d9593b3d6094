namespace TtpSim.Bench.Reporting;

/// <summary>A target from the issue, shown beside its figure; reported, never asserted.</summary>
public sealed record Goal(string Rule, double Limit, double? Measured, bool? Met, string Condition)
{
    public static Goal AtLeast(double limit, double? measured, string condition) => new(">=", limit, measured, measured is { } m ? m >= limit : null, condition);

    public static Goal Below(double limit, double? measured, string condition) => new("<", limit, measured, measured is { } m ? m < limit : null, condition);
}
