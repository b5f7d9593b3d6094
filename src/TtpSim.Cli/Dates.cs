using TtpSim.Domain.Provenance;

namespace TtpSim.Cli;

internal static class Dates
{
    public static DateOnly? ParseDay(string? text, string option) =>
        Parse(text, option, allowMonth: false, "must be a day (yyyy-mm-dd)")?.Start;

    /// <summary>A day, or a month as the caller reads it (its first day for a window's start, its last for its end).</summary>
    public static DateOnly? ParseDayOrMonth(string? text, string option, Func<HistoricalDate, DateOnly> day) =>
        Parse(text, option, allowMonth: true, "must be a day (yyyy-mm-dd) or a month (yyyy-mm)") is { } date ? day(date) : null;

    private static HistoricalDate? Parse(string? text, string option, bool allowMonth, string expected)
    {
        if (text is null)
        {
            return null;
        }

        if (!HistoricalDate.TryParse(text, out var date, out var problem))
        {
            throw new UsageException($"{option}: {problem}");
        }

        return date.Precision == DatePrecision.Day || (allowMonth && date.Precision == DatePrecision.Month) ? date : throw new UsageException($"{option}: '{text}' {expected}");
    }
}
