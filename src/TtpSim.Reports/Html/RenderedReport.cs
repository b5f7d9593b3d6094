namespace TtpSim.Reports.Html;

/// <summary>A report as one self-contained HTML page, and the size it is laid out at (for a screenshot of the whole page).</summary>
public sealed record RenderedReport(string Html, int Width, int Height, int Scenarios, int Events);
