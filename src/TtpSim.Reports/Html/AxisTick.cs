namespace TtpSim.Reports.Html;

/// <summary>A tick on the time axis; <see cref="Label"/> is null on minor ticks, <see cref="SubLabel"/> shows the year under a month.</summary>
public sealed record AxisTick(DateOnly Date, double X, string? Label, string? SubLabel);
