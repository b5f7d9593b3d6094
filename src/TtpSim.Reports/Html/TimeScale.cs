using System.Globalization;

namespace TtpSim.Reports.Html;

/// <summary>
/// The report's time axis, in two parts. The history spans decades (the 2004 deals, the 2014 school
/// attack) but the talks fill ten months, so the last stretch of events gets most of the width and
/// everything earlier is compressed into a context strip on the left, separated by a visible break.
/// The scale is monotonic, so a span that crosses the break is still drawn as one piece.
/// </summary>
public sealed class TimeScale
{
    /// <summary>How far back from the last event the focus window reaches for the first event it shows.</summary>
    public const int FocusMonths = 12;

    public const double ContextWidth = 190;

    public const double BreakWidth = 18;

    private const int MinimumContextDays = 180;

    private TimeScale(DateOnly start, DateOnly focusStart, DateOnly end, double left, double right)
    {
        Start = start;
        FocusStart = focusStart;
        End = end;
        Left = left;
        Right = right;
        FocusLeft = HasContext ? left + ContextWidth + BreakWidth : left;
        Ticks = [.. ContextTicks(), .. FocusTicks()];
    }

    /// <summary>The first day on the axis: 1 January of the first event's year, or the focus start when nothing is earlier.</summary>
    public DateOnly Start { get; }

    public DateOnly FocusStart { get; }

    /// <summary>The last day on the axis (inclusive).</summary>
    public DateOnly End { get; }

    public double Left { get; }

    public double Right { get; }

    public double FocusLeft { get; }

    public double ContextRight => Left + ContextWidth;

    public bool HasContext => Start < FocusStart;

    public IReadOnlyList<AxisTick> Ticks { get; }

    /// <summary>
    /// Fits the axis to the days events cover. The focus window starts with the month of the earliest
    /// event that began within <see cref="FocusMonths"/> months of the last day covered; a context strip
    /// is kept only when it would hold at least half a year.
    /// </summary>
    /// <param name="keepInFocusFrom">A day the focus window must include, such as the start of a simulation.</param>
    public static TimeScale Fit(IReadOnlyCollection<(DateOnly First, DateOnly Last)> spans, double left, double right, DateOnly? keepInFocusFrom = null)
    {
        if (spans.Count == 0)
        {
            throw new ArgumentException("a time axis needs at least one dated event", nameof(spans));
        }

        var first = spans.Min(s => s.First);
        var last = spans.Max(s => s.Last);
        var cutoff = last.AddMonths(-FocusMonths);
        var focusFrom = spans.Select(s => s.First).Where(d => d > cutoff).DefaultIfEmpty(last).Min();
        if (keepInFocusFrom is { } keep && keep < focusFrom)
        {
            focusFrom = keep;
        }

        var focusStart = new DateOnly(focusFrom.Year, focusFrom.Month, 1);
        var start = new DateOnly(first.Year, 1, 1);
        if (focusStart.DayNumber - first.DayNumber < MinimumContextDays)
        {
            start = focusStart = new DateOnly(first.Year, first.Month, 1);
        }

        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        return new TimeScale(start, focusStart, end, left, right);
    }

    /// <summary>The x of the start of <paramref name="day"/>; days off the axis are held at its ends.</summary>
    public double X(DateOnly day)
    {
        if (day <= Start)
        {
            return Left;
        }

        if (day < FocusStart)
        {
            return Left + (ContextWidth * (day.DayNumber - Start.DayNumber) / (FocusStart.DayNumber - Start.DayNumber));
        }

        var endExclusive = End.AddDays(1);
        if (day >= endExclusive)
        {
            return Right;
        }

        return FocusLeft + ((Right - FocusLeft) * (day.DayNumber - FocusStart.DayNumber) / (endExclusive.DayNumber - FocusStart.DayNumber));
    }

    /// <summary>The x just past the last day of a period that ends on <paramref name="lastDay"/>.</summary>
    public double XAfter(DateOnly lastDay) => lastDay >= End ? Right : X(lastDay.AddDays(1));

    private IEnumerable<AxisTick> ContextTicks()
    {
        if (!HasContext)
        {
            yield break;
        }

        var years = FocusStart.Year - Start.Year + 1;
        var perYear = ContextWidth / years;
        var step = new[] { 1, 2, 5, 10, 20 }.First(s => s * perYear >= 34 || s == 20);
        for (var year = Start.Year; new DateOnly(year, 1, 1) < FocusStart; year++)
        {
            var label = (year - Start.Year) % step == 0 ? year.ToString(CultureInfo.InvariantCulture) : null;
            yield return new AxisTick(new DateOnly(year, 1, 1), X(new DateOnly(year, 1, 1)), label, null);
        }
    }

    private IEnumerable<AxisTick> FocusTicks()
    {
        var months = ((End.Year - FocusStart.Year) * 12) + End.Month - FocusStart.Month + 1;
        var perMonth = (Right - FocusLeft) / months;
        var step = new[] { 1, 2, 3, 6, 12 }.First(s => s * perMonth >= 52 || s == 12);
        var yearShown = false;
        for (var i = 0; i < months; i++)
        {
            var day = FocusStart.AddMonths(i);
            string? label = null;
            string? year = null;
            if (i % step == 0)
            {
                label = day.ToString("MMM", CultureInfo.InvariantCulture);
                year = !yearShown || day.Month <= step ? day.Year.ToString(CultureInfo.InvariantCulture) : null;
                yearShown = true;
            }

            yield return new AxisTick(day, X(day), label, year);
        }
    }
}
