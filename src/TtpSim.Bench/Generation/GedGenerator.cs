using System.Globalization;
using System.Text;
using TtpSim.Scenarios.Import;

namespace TtpSim.Bench.Generation;

/// <summary>
/// Writes a file in UCDP GED's CSV layout (its 49 columns) with <c>n</c> invented rows, for timing
/// <c>import ucdp-ged</c>: the places, sides and sources are fictitious, the shape (quoted source fields,
/// every type of violence and date precision) is GED's. Seeded by the row number, so the same bytes every run.
/// </summary>
public static class GedGenerator
{
    public static string Write(string folder, int rows)
    {
        var path = Path.Combine(folder, $"ged-{rows}.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.Write(string.Join(',', UcdpGedImport.Columns));
        writer.Write('\n');
        var start = new DateOnly(1989, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var day = start.AddDays(i % 12_000);
            var violence = 1 + (i % 3);
            var precision = 1 + (i % 5);
            var (from, to) = precision switch
            {
                1 => (day, day),
                2 => (day, day.AddDays(3)),
                3 => (day, day.AddDays(6)),
                4 => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
                _ => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
            };
            var sideA = 100 + (i % 7);
            var sideB = violence == 3 ? 1 : 200 + (i % 11);
            var best = i % 40;
            string[] fields =
            [
                (1_000_000 + i).ToString(CultureInfo.InvariantCulture), $"GEN-{i}", day.Year.ToString(CultureInfo.InvariantCulture), "1", "Clear",
                violence.ToString(CultureInfo.InvariantCulture), "500", "500", "Generated conflict", $"{sideA}{sideB}", $"{sideA}{sideB}",
                $"Generated side {sideA} - Generated side {sideB}", $"{sideA}", $"{sideA}", $"Generated side {sideA}", $"{sideB}", $"{sideB}",
                violence == 3 ? "Civilians" : $"Generated side {sideB}", "2", $"\"Generated Gazette,{day:yyyy-MM-dd},\"\"Generated headline {i}\"\"\"",
                "Generated Gazette", $"{day:yyyy-MM-dd}", $"Generated headline {i}", "generated", (1 + (i % 7)).ToString(CultureInfo.InvariantCulture),
                $"Place {i % 500}", $"Place {i % 500} (generated)", "Province A", "District B", "12.5", "45.25", "POINT (45.25 12.5)", "100000",
                "Generatedland", "900", "Asia", (1 + (i % 2)).ToString(CultureInfo.InvariantCulture), precision.ToString(CultureInfo.InvariantCulture),
                $"{from:yyyy-MM-dd} 00:00:00.000", $"{to:yyyy-MM-dd} 00:00:00.000", "0", "0", best.ToString(CultureInfo.InvariantCulture), "0",
                best.ToString(CultureInfo.InvariantCulture), (best + 3).ToString(CultureInfo.InvariantCulture), Math.Max(0, best - 1).ToString(CultureInfo.InvariantCulture),
                violence == 1 ? "900" : "", "",
            ];
            writer.Write(string.Join(',', fields));
            writer.Write('\n');
        }

        return path;
    }
}
