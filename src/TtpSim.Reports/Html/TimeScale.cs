using System.Globalization;

namespace TtpSim.Reports.Html;

/// <summary>
/// The report's time axis. The history spans decades (the 2004 deals, the 2014 school attack) but the
/// talks fill ten months, so a focus window gets most of the width, and what lies outside it is
/// compressed into strips on either side, each behind a visible break. The scale is monotonic, so a
/// span that crosses a break is still drawn as one piece.
/// </summary>
public sealed class TimeScale
{
    /// <summary>How far back from the history's last day the focus window reaches for the first event it shows.</summary>
    public const int FocusMonths = 12;

    public const double ContextWidth = 190;

    /// <summary>
    /// The strip after a focus window the reader ended early. Narrower than the one on the left: it
    /// holds months, not decades.
    /// </summary>
    public const double TrailingWidth = 150;

    public const double BreakWidth = 18;

    /// <summary>
    /// The largest share of the focus width a simulated stretch after the recorded history may take.
    /// The report is about the record: the history's lanes are dense with labelled marks, while a fan
    /// chart is a smooth weekly curve that reads well when narrower. At 30%, the ten months of talks
    /// keep 70% of the width they have without a simulation, and a simulation to the end of 2022 still
    /// has its weeks about 10 px apart, wide enough to hover one at a time.
    /// </summary>
    public const double MaxSimulatedShare = 0.3;

    private const int MinimumContextDays = 180;

    private readonly List<Segment> segments;

    private TimeScale(DateOnly start, DateOnly focusStart, DateOnly focusEnd, DateOnly end, double left, double right, DateOnly? compressedFrom)
    {
        Start = start;
        FocusStart = focusStart;
        FocusEnd = focusEnd;
        End = end;
        Left = left;
        Right = right;
        FocusLeft = HasContext ? left + ContextWidth + BreakWidth : left;
        FocusRight = HasTrailing ? right - TrailingWidth - BreakWidth : right;
        segments = [];
        if (HasContext)
        {
            segments.Add(new Segment(start, focusStart, left, ContextRight));
        }

        var focusEndExclusive = focusEnd.AddDays(1);
        if (compressedFrom is { } knee)
        {
            var kneeX = FocusRight - (MaxSimulatedShare * (FocusRight - FocusLeft));
            segments.Add(new Segment(focusStart, knee, FocusLeft, kneeX));
            segments.Add(new Segment(knee, focusEndExclusive, kneeX, FocusRight));
            SimulationCompressedFrom = knee;
        }
        else
        {
            segments.Add(new Segment(focusStart, focusEndExclusive, FocusLeft, FocusRight));
        }

        if (HasTrailing)
        {
            segments.Add(new Segment(focusEndExclusive, end.AddDays(1), TrailingLeft, right));
        }

        Ticks = [.. StripTicks(Start, FocusStart, ContextWidth), .. FocusTicks(), .. StripTicks(focusEndExclusive, End.AddDays(1), TrailingWidth)];
    }

    /// <summary>The first day on the axis: 1 January of the first event's year, or the focus start when nothing is earlier.</summary>
    public DateOnly Start { get; }

    public DateOnly FocusStart { get; }

    /// <summary>The focus window's last day (inclusive); the axis's last day unless the reader ended the window earlier.</summary>
    public DateOnly FocusEnd { get; }

    /// <summary>The last day on the axis (inclusive).</summary>
    public DateOnly End { get; }

    public double Left { get; }

    public double Right { get; }

    public double FocusLeft { get; }

    public double FocusRight { get; }

    public double ContextRight => Left + ContextWidth;

    public double TrailingLeft => Right - TrailingWidth;

    public bool HasContext => Start < FocusStart;

    public bool HasTrailing => FocusEnd < End;

    /// <summary>
    /// The first day of a simulated stretch drawn at a smaller scale than the history before it, so that
    /// it takes no more than <see cref="MaxSimulatedShare"/> of the focus width; null when the focus is one scale.
    /// </summary>
    public DateOnly? SimulationCompressedFrom { get; }

    public IReadOnlyList<AxisTick> Ticks { get; }

    /// <summary>
    /// Fits the axis to the days the recorded history covers, and to a simulation's days when there is one.
    /// Unless the reader sets it, the focus window starts with the month of the earliest event that began
    /// within <see cref="FocusMonths"/> months of the history's last day (a simulation never moves it
    /// later), and a context strip is kept only when it would hold at least half a year.
    /// </summary>
    /// <param name="history">The days the scenarios' events and bands cover.</param>
    /// <param name="simulated">The simulation's first and last day, when the report has one.</param>
    /// <param name="window">The focus window the reader asked for, if any.</param>
    public static TimeScale Fit(
        IReadOnlyCollection<(DateOnly First, DateOnly Last)> history,
        double left,
        double right,
        (DateOnly From, DateOnly Until)? simulated = null,
        FocusWindow? window = null)
    {
        if (history.Count == 0)
        {
            throw new ArgumentException("a time axis needs at least one dated event", nameof(history));
        }

        window ??= FocusWindow.Automatic;
        var first = history.Min(s => s.First);
        var last = history.Max(s => s.Last);
        // A window the reader ends early reaches back from its own end, so it still holds events.
        var focusAnchor = window.To is { } askedEnd && askedEnd < last ? askedEnd : last;
        var cutoff = focusAnchor.AddMonths(-FocusMonths);
        var focusFrom = history.Select(s => s.First).Where(d => d > cutoff && d <= focusAnchor).DefaultIfEmpty(focusAnchor).Min();
        if (simulated is { From: var simulationFrom } && simulationFrom < focusFrom)
        {
            focusFrom = simulationFrom;
        }

        var earliest = simulated is { From: var from } && from < first ? from : first;
        var focusStart = window.From ?? MonthStart(focusFrom);
        var start = new DateOnly(earliest.Year, 1, 1);
        if (window.From is null && focusStart.DayNumber - earliest.DayNumber < MinimumContextDays)
        {
            start = focusStart = MonthStart(earliest);
        }
        else if (earliest >= focusStart)
        {
            start = focusStart;
        }

        var latest = simulated is { Until: var until } && until > last ? until : last;
        var end = MonthEnd(latest);
        // A window the reader asks for is shown whole, even where nothing happened.
        if (window.To is { } to && to > end)
        {
            end = to;
        }

        if (window.From is { } askedStart && MonthEnd(askedStart) > end)
        {
            end = MonthEnd(askedStart);
        }

        var focusEnd = window.To ?? end;

        // A reader who sets the window has chosen what to look at, so it is drawn at one scale; only the
        // window the report chooses itself keeps most of its width for the record.
        var historyEndExclusive = MonthStart(last).AddMonths(1);
        DateOnly? compressedFrom = null;
        if (!window.IsSet && simulated is not null && historyEndExclusive > focusStart && historyEndExclusive <= focusEnd)
        {
            var simulatedDays = focusEnd.DayNumber + 1 - historyEndExclusive.DayNumber;
            var focusDays = focusEnd.DayNumber + 1 - focusStart.DayNumber;
            compressedFrom = (double)simulatedDays / focusDays > MaxSimulatedShare ? historyEndExclusive : null;
        }

        return new TimeScale(start, focusStart, focusEnd, end, left, right, compressedFrom);
    }

    /// <summary>The x of the start of <paramref name="day"/>; days off the axis are held at its ends.</summary>
    public double X(DateOnly day)
    {
        if (day <= Start)
        {
            return Left;
        }

        foreach (var segment in segments)
        {
            if (day < segment.EndExclusive)
            {
                return segment.X(day);
            }
        }

        return Right;
    }

    /// <summary>The x just past the last day of a period that ends on <paramref name="lastDay"/>.</summary>
    public double XAfter(DateOnly lastDay) => lastDay >= End ? Right : X(lastDay.AddDays(1));

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly MonthEnd(DateOnly day) => MonthStart(day).AddMonths(1).AddDays(-1);

    private static IEnumerable<DateOnly> MonthStarts(DateOnly from, DateOnly endExclusive)
    {
        for (var month = from.Day == 1 ? from : MonthStart(from).AddMonths(1); month < endExclusive; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>
    /// Ticks for a compressed strip: one a year over decades, one a month over a shorter stretch, with
    /// labels spaced so they do not collide.
    /// </summary>
    private IEnumerable<AxisTick> StripTicks(DateOnly from, DateOnly endExclusive, double width)
    {
        if (from >= endExclusive)
        {
            yield break;
        }

        var days = endExclusive.DayNumber - from.DayNumber;
        if (days >= 2 * 365)
        {
            var perYear = width * 365.25 / days;
            var step = new[] { 1, 2, 5, 10, 20 }.First(s => s * perYear >= 34 || s == 20);
            for (var year = from.Month == 1 && from.Day == 1 ? from.Year : from.Year + 1; new DateOnly(year, 1, 1) < endExclusive; year++)
            {
                var day = new DateOnly(year, 1, 1);
                var label = (year - from.Year) % step == 0 ? year.ToString(CultureInfo.InvariantCulture) : null;
                yield return new AxisTick(day, X(day), label, null);
            }

            yield break;
        }

        foreach (var tick in MonthTicks(MonthStarts(from, endExclusive).ToList(), width * 30.44 / days, 34, yearShown: false))
        {
            yield return tick;
        }
    }

    /// <summary>Month ticks across the focus, labelled as densely as each part's scale allows.</summary>
    private IEnumerable<AxisTick> FocusTicks()
    {
        var focusEndExclusive = FocusEnd.AddDays(1);
        var parts = SimulationCompressedFrom is { } knee
            ? new[] { (FocusStart, knee), (knee, focusEndExclusive) }
            : [(FocusStart, focusEndExclusive)];
        var yearShown = false;
        foreach (var (from, endExclusive) in parts)
        {
            var perMonth = (X(endExclusive.AddDays(-1)) - X(from)) * 30.44 / Math.Max(endExclusive.DayNumber - 1 - from.DayNumber, 1);
            foreach (var tick in MonthTicks(MonthStarts(from, endExclusive).ToList(), perMonth, 52, yearShown))
            {
                yearShown |= tick.Label is not null;
                yield return tick;
            }
        }
    }

    private IEnumerable<AxisTick> MonthTicks(List<DateOnly> months, double perMonth, double labelSpacing, bool yearShown)
    {
        var step = new[] { 1, 2, 3, 6, 12 }.First(s => s * perMonth >= labelSpacing || s == 12);
        for (var i = 0; i < months.Count; i++)
        {
            var day = months[i];
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

    /// <summary>A stretch of days drawn linearly between two x positions.</summary>
    private sealed record Segment(DateOnly From, DateOnly EndExclusive, double Left, double Right)
    {
        public double X(DateOnly day) => Left + ((Right - Left) * (day.DayNumber - From.DayNumber) / (EndExclusive.DayNumber - From.DayNumber));
    }
}
