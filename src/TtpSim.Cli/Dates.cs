using TtpSim.Domain.Provenance;

namespace TtpSim.Cli;

internal static class Dates
{
    public static DateOnly? ParseDay(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (!HistoricalDate.TryParse(text, out var date, out var problem))
        {
            throw new UsageException($"{option}: {problem}");
        }

        return date.Precision == DatePrecision.Day ? date.Start : throw new UsageException($"{option}: '{text}' must be a day (yyyy-mm-dd)");
    }
}
