using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Tests;

public class HistoricalDateTests
{
    [Theory]
    [InlineData("2021-11-09", DatePrecision.Day, "2021-11-09", "2021-11-09")]
    [InlineData("2022-02", DatePrecision.Month, "2022-02-01", "2022-02-28")]
    [InlineData("2014", DatePrecision.Year, "2014-01-01", "2014-12-31")]
    public void Parses_a_day_a_month_or_a_year_with_its_precision(string text, DatePrecision precision, string start, string end)
    {
        var date = HistoricalDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2021-02-30", "2021-02 has 28 days")]
    [InlineData("2021-13-01", "month 13")]
    [InlineData("21-11-09", "four-digit year")]
    [InlineData("9 November 2021", "not a date")]
    [InlineData("2021-11-9", "two-digit month and day")]
    public void Refuses_impossible_or_malformed_dates_saying_why(string text, string reason)
    {
        Assert.False(HistoricalDate.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_sorts_before_the_days_it_covers_and_after_the_month_before()
    {
        var dates = new[] { "2022-02-10", "2022-02", "2022-01-31", "2022" }.Select(HistoricalDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2022", "2022-01-31", "2022-02", "2022-02-10"], dates);
    }
}
