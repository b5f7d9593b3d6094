using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Import;

/// <summary>Which rows of a GED file to import; null takes every row.</summary>
public sealed record UcdpGedFilter(string? Country, string? Dyad);

/// <summary>
/// Converts UCDP's Georeferenced Event Dataset (the public CSV, 49 columns) into a <c>.jsonl</c> scenario.
/// Each row is one attack attributed by UCDP's coding, never claimed: in one-sided violence UCDP names
/// side A as the actor that killed civilians, so side A is the perpetrator; in state-based and non-state
/// fighting UCDP codes the two sides and not who began it, so the perpetrator is the dyad itself. The row's
/// low, best and high deaths are three figures of the one source; its date is the interval from date_start
/// to date_end, never finer than date_prec; its place keeps where_description, adm_2, adm_1, the
/// coordinates and where_prec; its source is the dataset with the row's id and UCDP's own source fields.
/// </summary>
public static class UcdpGedImport
{
    /// <summary>The columns of the public GED CSV, in order, as UCDP's codebook names them.</summary>
    public static readonly ImmutableArray<string> Columns =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
        "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
        "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
        "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
        "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
    ];

    /// <summary>Each column's place in a row, looked up per field of every row (a linear search of 49 names was on the import's hot path).</summary>
    private static readonly FrozenDictionary<string, int> ColumnIndex =
        Columns.Select((name, index) => (name, index)).ToFrozenDictionary(c => c.name, c => c.index, StringComparer.Ordinal);

    public const string Outlet = "UCDP Georeferenced Event Dataset";

    /// <summary>
    /// Checks every row, then writes the scenario to <paramref name="output"/> (through a file beside it, moved
    /// into place only when whole, so a bad row leaves nothing written). Returns how many rows it imported.
    /// </summary>
    /// <param name="published">The day UCDP published the release, when the user knows it; every row becomes known then.</param>
    public static int Convert(string csvPath, string output, string scenario, UcdpGedFilter filter, DateOnly? published = null)
    {
        var label = Path.GetFileName(csvPath);
        if (!ScenarioNames.IsScenarioName(scenario))
        {
            throw new ArgumentException($"'{scenario}' is not a scenario name (lower-case letters, digits and '-')", nameof(scenario));
        }

        try
        {
            return Write(csvPath, label, output, scenario, filter, published);
        }
        catch (DecoderFallbackException e)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, $"the file is not UTF-8 text (byte 0x{e.BytesUnknown?.FirstOrDefault():X2}); UCDP publishes GED in UTF-8"));
        }
    }

    private static int Write(string csvPath, string label, string output, string scenario, UcdpGedFilter filter, DateOnly? published)
    {
        // First pass: every row checked; the actors, and the latest day the rows reach, for the header.
        var actors = new SortedDictionary<string, ActorRef>(StringComparer.Ordinal);
        var latest = DateOnly.MinValue;
        var count = 0;
        foreach (var row in Rows(csvPath, label, filter))
        {
            foreach (var actor in row.Actors)
            {
                actors.TryAdd(actor.Id, actor);
            }

            latest = row.Date.End > latest ? row.Date.End : latest;
            count++;
        }

        // UCDP publishes a release after the period it covers; the file does not say when. Without the day from
        // the user, the earliest it can have been published, the last day its rows reach, stands for it: the
        // record's horizon is then right, but every row counts as known on that day, which may be too early.
        var lastRowDay = latest == DateOnly.MinValue ? new DateOnly(1989, 1, 1) : latest;
        if (published is { } day && day < lastRowDay)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, $"--published {day:yyyy-MM-dd} is before {lastRowDay:yyyy-MM-dd}, the last day the file's rows reach; a release is published after the events it records"));
        }

        var source = new SourceDefinition(label, Outlet, $"UCDP GED rows from {label}", HistoricalDate.OnDay(published ?? lastRowDay));
        var partial = output + ".part";
        try
        {
            using (var file = File.Create(partial))
            {
                JsonLinesWriter.WriteHeaderLine(file, scenario, ScenarioKind.Baseline, Title(label, filter), null, actors.Values, [source]);
                var ordinal = 0;
                foreach (var row in Rows(csvPath, label, filter))
                {
                    JsonLinesWriter.WriteEventLine(file, row.ToEvent(source, ordinal++));
                }
            }

            File.Move(partial, output, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return count;
    }

    private static string Title(string label, UcdpGedFilter filter)
    {
        var only = new[] { filter.Country is null ? null : $"country {filter.Country}", filter.Dyad is null ? null : $"dyad {filter.Dyad}" }.OfType<string>().ToList();
        return $"Fatal events from UCDP GED ({label})" + (only.Count == 0 ? "" : ", " + string.Join(", ", only));
    }

    private static IEnumerable<GedRow> Rows(string csvPath, string label, UcdpGedFilter filter)
    {
        using var reader = new StreamReader(csvPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var rows = CsvRows.Read(reader, label).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new ScenarioException(new ScenarioError(label, 1, 1, null, "the file is empty; a GED CSV starts with its header of 49 columns"));
        }

        RequireHeader(rows.Current, label);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Fields is [""])
            {
                continue;
            }

            var fields = new GedFields(row, label);
            if (Matches(filter, fields))
            {
                yield return GedRow.Read(fields);
            }
        }
    }

    private static void RequireHeader(CsvRow header, string label)
    {
        for (var i = 0; i < Math.Max(header.Fields.Count, Columns.Length); i++)
        {
            var found = i < header.Fields.Count ? header.Fields[i].Trim().Trim('\uFEFF') : null;
            var expected = i < Columns.Length ? Columns[i] : null;
            if (found != expected)
            {
                var column = i < header.Columns.Count ? header.Columns[i] : header.Columns[^1];
                throw new ScenarioException(new ScenarioError(label, 1, column, expected ?? found, (found, expected) switch
                {
                    (null, _) => $"the header ends after {header.Fields.Count} columns; UCDP GED's CSV has {Columns.Length}, ending with {Columns[^1]} (unknown layout)",
                    (_, null) => $"column {i + 1} '{found}' is past UCDP GED's {Columns.Length} columns (unknown layout)",
                    _ => $"column {i + 1} is '{found}', where UCDP GED's CSV has '{expected}' (unknown layout)",
                }));
            }
        }
    }

    private static bool Matches(UcdpGedFilter filter, GedFields row) =>
        (filter.Country is null || string.Equals(row["country"], filter.Country, StringComparison.OrdinalIgnoreCase))
        && (filter.Dyad is null || row["dyad_new_id"] == filter.Dyad || string.Equals(row["dyad_name"], filter.Dyad, StringComparison.OrdinalIgnoreCase));

    /// <summary>A row's fields by column name, with located errors for what they hold.</summary>
    private sealed class GedFields
    {
        private readonly CsvRow row;
        private readonly string label;

        public GedFields(CsvRow row, string label)
        {
            this.row = row;
            this.label = label;
            if (row.Fields.Count != Columns.Length)
            {
                throw new ScenarioException(new ScenarioError(label, row.Line, 1, null, $"the row has {row.Fields.Count} fields; UCDP GED rows have {Columns.Length}"));
            }
        }

        public string this[string column] => row.Fields[ColumnIndex[column]].Trim();

        public ScenarioException Error(string column, string message) =>
            new(new ScenarioError(label, row.Line, row.Columns[ColumnIndex[column]], column, message));

        public string Required(string column) => this[column] is { Length: > 0 } text ? text : throw Error(column, "is empty");

        public int Count(string column) =>
            int.TryParse(this[column], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw Error(column, $"'{this[column]}' is not a whole number, 0 or more");

        public int Code(string column, int lowest, int highest) =>
            Count(column) is var code && code >= lowest && code <= highest ? code : throw Error(column, $"'{this[column]}' is not one of {lowest} to {highest}");

        public DateOnly Day(string column)
        {
            var text = this[column];
            var day = text.Length > 10 && text[10] == ' ' ? text[..10] : text;
            return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error(column, $"'{text}' is not a date (yyyy-mm-dd)");
        }

        public string? Coordinate(string column, double limit)
        {
            var text = this[column];
            if (text.Length == 0)
            {
                return null;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit
                ? text
                : throw Error(column, $"'{text}' is not a coordinate from -{limit} to {limit}");
        }
    }

    private sealed record GedRow(
        string Id,
        HistoricalDate Date,
        ActorRef Perpetrator,
        ImmutableArray<ActorRef> Actors,
        string Target,
        string Location,
        int Low,
        int Best,
        int High,
        string Quote)
    {
        public static GedRow Read(GedFields row)
        {
            var id = row.Count("id").ToString(CultureInfo.InvariantCulture);
            var violence = row.Code("type_of_violence", 1, 3);
            var sideA = Side(row, "side_a", "side_a_new_id", "gwnoa");
            var low = row.Count("low");
            var best = row.Count("best");
            var high = row.Count("high");
            if (low > best)
            {
                throw row.Error("low", $"{low} is above best ({best})");
            }

            if (high < best)
            {
                throw row.Error("high", $"{high} is below best ({best})");
            }

            ActorRef perpetrator;
            ImmutableArray<ActorRef> actors;
            string target;
            if (violence == 3)
            {
                // One-sided violence: UCDP codes side A as the organised actor that killed civilians.
                perpetrator = sideA;
                actors = [sideA];
                target = $"civilians ({row["side_b"]})";
            }
            else
            {
                var sideB = Side(row, "side_b", "side_b_new_id", "gwnob");
                var dyadId = row.Count("dyad_new_id");
                perpetrator = new ActorRef($"ged-dyad-{dyadId}", $"{row.Required("dyad_name")} (UCDP dyad: no initiator coded)", ActorKind.Dyad, []);
                actors = [sideA, sideB, perpetrator];
                target = $"{(violence == 1 ? "state-based" : "non-state")} fighting between {sideA.Name} and {sideB.Name}";
            }

            var deaths = $"deaths (best) {row["side_a"]} {row.Count("deaths_a")}, {row["side_b"]} {row.Count("deaths_b")}, civilians {row.Count("deaths_civilians")}, unknown {row.Count("deaths_unknown")}";
            var place = new[] { row["where_description"], row["adm_2"], row["adm_1"], row["country"] }.Where(p => p.Length > 0).Distinct();
            var latitude = row.Coordinate("latitude", 90);
            var longitude = row.Coordinate("longitude", 180);
            var location = string.Join(", ", place)
                + (latitude is null || longitude is null ? "" : $" ({latitude}, {longitude})")
                + $"; where_prec {row.Code("where_prec", 1, 7)}";
            var quote = $"GED {id}: {row.Count("number_of_sources")} source(s); source_article: {row["source_article"]}; source_office: {row["source_office"]}; "
                + $"source_date: {row["source_date"]}; source_headline: {row["source_headline"]}; source_original: {row["source_original"]}; event_clarity {row.Code("event_clarity", 1, 2)}";
            return new GedRow(id, DateOf(row), perpetrator, actors, $"{target}; {deaths}", location, low, best, high, quote);
        }

        private static ActorRef Side(GedFields row, string name, string id, string gwno) =>
            new($"ged-actor-{row.Count(id)}", row.Required(name), row[gwno].Length > 0 ? ActorKind.State : ActorKind.NonState, []);

        /// <summary>
        /// date_start to date_end, as UCDP bounds the event. date_prec 1 is the day; 2 and 3 (within a few days,
        /// a week) must span more than a day; 4 and 5 (the month, the year) become that month or year when the
        /// interval lies inside it, and stay the interval when it runs wider: never finer than UCDP's.
        /// </summary>
        private static HistoricalDate DateOf(GedFields row)
        {
            var start = row.Day("date_start");
            var end = row.Day("date_end");
            if (end < start)
            {
                throw row.Error("date_end", $"{end:yyyy-MM-dd} is before date_start ({start:yyyy-MM-dd})");
            }

            var precision = row.Code("date_prec", 1, 5);
            return precision switch
            {
                1 when start == end => HistoricalDate.OnDay(start),
                1 => throw row.Error("date_prec", $"1 (the exact day) but date_start {start:yyyy-MM-dd} and date_end {end:yyyy-MM-dd} differ"),
                2 or 3 when start == end => throw row.Error("date_prec", $"{precision} (known only to a few days) but date_start and date_end are the same day"),
                4 when start.Year == end.Year && start.Month == end.Month => HistoricalDate.InMonth(start.Year, start.Month),
                5 when start.Year == end.Year => HistoricalDate.InYear(start.Year),
                _ => HistoricalDate.Between(start, end),
            };
        }

        public NegotiationEvent ToEvent(SourceDefinition source, int ordinal)
        {
            var citation = new SourceCitation(source.File, source.Outlet, source.Title, source.Published, Quote);
            var known = Date.Start > source.Published.Start ? Date.Start : source.Published.Start;
            var meta = new EventMeta($"ged-{Id}", Date, known, [citation], ordinal);
            Estimate Figures() => new([
                new ReportedFigure(Best, FigureBound.Exact, source.File, "UCDP best estimate"),
                new ReportedFigure(Low, FigureBound.Exact, source.File, "UCDP low estimate"),
                new ReportedFigure(High, FigureBound.Exact, source.File, "UCDP high estimate"),
            ]);
            return new AttackClaimed(meta, Perpetrator, AttackAttribution.Attributed, null, AttackMethod.Other, Location, Target, Figures(), new Estimate([]));
        }
    }
}
