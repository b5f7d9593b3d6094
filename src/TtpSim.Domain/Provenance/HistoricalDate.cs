using System.Globalization;

namespace TtpSim.Domain.Provenance;

/// <summary>
/// A date as the sources give it: a day, or only a month ("In February, talks officially resumed"), or
/// only a year, or a range the sources bound (<paramref name="Until"/> is then its last day).
/// <see cref="Start"/> is the first day the date covers; state on a date includes an event from that
/// first day on, and readers see the precision next to it.
/// </summary>
public readonly record struct HistoricalDate(DateOnly Start, DatePrecision Precision, DateOnly? Until = null) : IComparable<HistoricalDate>
{
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Year => Start.AddYears(1).AddDays(-1),
        DatePrecision.Range => Until ?? Start,
    };

    /// <summary>Some day from <paramref name="from"/> to <paramref name="to"/>; a range of one day is that day.</summary>
    public static HistoricalDate Between(DateOnly from, DateOnly to) =>
        to < from ? throw new ArgumentException($"{to:yyyy-MM-dd} is before {from:yyyy-MM-dd}", nameof(to))
        : from == to ? OnDay(from)
        : new(from, DatePrecision.Range, to);

    public static HistoricalDate OnDay(DateOnly day) => new(day, DatePrecision.Day);

    public static HistoricalDate InMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static HistoricalDate InYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>Parses yyyy-mm-dd, yyyy-mm, yyyy, or a range yyyy-mm-dd/yyyy-mm-dd; the error says what was wrong in plain words.</summary>
    public static bool TryParse(string text, out HistoricalDate date, out string error)
    {
        date = default;
        error = "";
        if (text.Split('/') is [var from, var to])
        {
            if (!TryParse(from, out var first, out error) || !TryParse(to, out var last, out error))
            {
                return false;
            }

            if (first.Precision != DatePrecision.Day || last.Precision != DatePrecision.Day || last.Start < first.Start)
            {
                error = $"'{text}' is not a range: write two days, the earlier first (yyyy-mm-dd/yyyy-mm-dd)";
                return false;
            }

            date = Between(first.Start, last.Start);
            return true;
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            error = $"'{text}' is not a date: write yyyy-mm-dd, or yyyy-mm or yyyy when only the month or year is known";
            return false;
        }

        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = $"'{text}' is not a date: write yyyy-mm-dd with a four-digit year and two-digit month and day";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1)
        {
            error = $"'{text}' has no year 0";
            return false;
        }

        if (parts.Length == 1)
        {
            date = InYear(year);
            return true;
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"'{text}' has month {month}; months run from 01 to 12";
            return false;
        }

        if (parts.Length == 2)
        {
            date = InMonth(year, month);
            return true;
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            error = $"'{text}' is impossible: {year:D4}-{month:D2} has {daysInMonth} days";
            return false;
        }

        date = OnDay(new DateOnly(year, month, day));
        return true;
    }

    public static HistoricalDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    public bool Covers(DateOnly day) => Start <= day && day <= End;

    /// <summary>
    /// Earlier start first; on the same start the shorter period first, since the longer one may end later
    /// in fact: an event whose period begins on the day of what it presupposes then folds after it. This
    /// order is only the fold's; what a date leaves open is worked out over every order the periods allow.
    /// </summary>
    public int CompareTo(HistoricalDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Range => $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };
}
