namespace TtpSim.Reports.Html;

/// <summary>
/// The stretch of time a reader asks the report to give most of its width to; what lies outside it is
/// compressed into strips on either side. Either end left null is chosen by the report.
/// </summary>
public sealed record FocusWindow
{
    public FocusWindow(DateOnly? from, DateOnly? to)
    {
        if (from is { } first && to is { } last && last < first)
        {
            throw new ArgumentException($"the window ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd})", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The window the report chooses for itself.</summary>
    public static FocusWindow Automatic { get; } = new(null, null);

    /// <summary>The first day in the window.</summary>
    public DateOnly? From { get; }

    /// <summary>The last day in the window (inclusive).</summary>
    public DateOnly? To { get; }

    public bool IsSet => From is not null || To is not null;
}
