using System.Text.Json;
using System.Text.RegularExpressions;
using TtpSim.Domain.Events;
using TtpSim.Reports.Exports;
using TtpSim.Testing;

namespace TtpSim.Reports.Tests;

/// <summary>The exports of the shipped scenarios: one record per event in every format, and the PLOVER mapping as documented.</summary>
public sealed partial class ExportTests
{
    private static readonly Scenarios.Loading.Scenario Baseline = ShippedScenarios.All[0];

    [Fact]
    public void Csv_has_a_header_and_one_row_per_event_in_historical_order()
    {
        var rows = CsvRows(Export(ExportFormat.Csv, Baseline));

        Assert.Equal(CsvExport.Columns, rows[0]);
        Assert.Equal(Baseline.Events.Length, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(CsvExport.Columns.Count, r.Count));
        var ids = rows.Skip(1).Select(r => r[1]).ToList();
        Assert.Equal(TtpSim.Domain.State.Timeline.InHistoricalOrder(Baseline.Events).Select(e => e.Meta.Id), ids);
        var school = rows.Single(r => r[5] == "AttackClaimed" && r[2] == "2014-12");
        Assert.Equal("fatalities", school[16]);
        Assert.True(int.Parse(school[17]) < int.Parse(school[18]), "the sources' figures differ, so low < high");
    }

    [Fact]
    public void Json_lines_keep_every_field_of_every_event()
    {
        var lines = Export(ExportFormat.Records, Baseline).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Baseline.Events.Length, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.False(string.IsNullOrEmpty(root.GetProperty("id").GetString()));
            Assert.True(
                root.GetProperty("sources").GetArrayLength() > 0 || root.GetProperty("derivedBy").ValueKind == JsonValueKind.String,
                "a recorded event cites its sources; an inferred one names its rule");
            Assert.Equal(JsonValueKind.Object, root.GetProperty("fields").ValueKind);
        }

        using var attack = JsonDocument.Parse(lines.First(l => l.Contains("\"type\":\"AttackClaimed\"", StringComparison.Ordinal)));
        Assert.True(attack.RootElement.GetProperty("fields").GetProperty("fatalities").GetProperty("reports").GetArrayLength() > 0);
    }

    [Fact]
    public void Plover_records_say_who_did_what_to_whom_in_plover_and_cameo_terms()
    {
        var records = Export(ExportFormat.Plover, Baseline).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // Events below PLOVER's threshold (a hint, a non-denial, a stall, an aggregate) have no PLOVER record.
        Assert.Equal(Baseline.Events.Count(e => e.Plover(new EventLookup(Baseline.Events)) is not null), records.Count);
        Assert.True(records.Count < Baseline.Events.Length);
        foreach (var key in new[] { "id", "date", "actor", "recipient", "event_type", "mode", "context", "cameo", "sources" })
        {
            Assert.All(records, r => Assert.True(r.TryGetProperty(key, out _), key));
        }

        Assert.All(records, r => Assert.Contains(r.GetProperty("event_type").GetString(), PloverCode.EventTypes));
        var truce = records.Single(r => r.GetProperty("id").GetString() == "baseline-2021-22/ttp-ceasefire-2021-11-09");
        Assert.Equal(("RETREAT", "ceasefire"), (truce.GetProperty("event_type").GetString(), truce.GetProperty("mode").GetString()));
        var demand = records.First(r => r.GetProperty("source_event_type").GetString() == "DemandTabled");
        Assert.Equal("DEMAND", demand.GetProperty("event_type").GetString());
        Assert.NotEqual(JsonValueKind.Null, demand.GetProperty("recipient").ValueKind);
        var answer = records.First(r => r.GetProperty("source_event_type").GetString() == "DemandPartlyMet");
        Assert.Equal("CONCEDE", answer.GetProperty("event_type").GetString());
        Assert.Equal("TTP", answer.GetProperty("recipient").GetString());
    }

    [Fact]
    public void Every_event_of_every_shipped_scenario_has_a_plover_code()
    {
        foreach (var scenario in ShippedScenarios.All)
        {
            var records = ExportRecord.FromScenario(scenario.Name, scenario.Events);
            Assert.Equal(scenario.Events.Length, records.Count);
        }
    }

    /// <summary>The baseline's latest source, 004, was published on 19 May 2022; events citing only earlier ones carry that day too.</summary>
    [Fact]
    public void Every_format_gives_every_record_the_day_the_scenarios_record_ends()
    {
        var csv = CsvRows(Export(ExportFormat.Csv, Baseline));
        var horizonColumn = csv[0].IndexOf("record_horizon");
        Assert.Equal(CsvExport.Columns.Count - 1, horizonColumn);
        Assert.All(csv.Skip(1), row => Assert.Equal("2022-05-19", row[horizonColumn]));
        Assert.Contains(csv.Skip(1), row => row[20] == "000_6234cfc52baebb87.txt");

        foreach (var (format, field) in new[] { (ExportFormat.Records, "recordHorizon"), (ExportFormat.Plover, "record_horizon") })
        {
            var lines = Export(format, Baseline).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines, line => Assert.Equal("2022-05-19", JsonDocument.Parse(line).RootElement.GetProperty(field).GetString()));
        }
    }

    [Fact]
    public void A_history_that_cites_no_source_has_no_record_horizon()
    {
        var uncited = Baseline.Events.Select(e => e with { Meta = e.Meta with { Sources = [] } }).ToList();

        var lines = ExportTo(ExportFormat.Records, uncited).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var csv = CsvRows(ExportTo(ExportFormat.Csv, uncited));

        Assert.All(lines, line => Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(line).RootElement.GetProperty("recordHorizon").ValueKind));
        Assert.All(csv.Skip(1), row => Assert.Equal("", row[^1]));
    }

    [Fact]
    public void The_readme_maps_every_event_type_to_plover()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var rows = MappingRow().Matches(readme).Select(m => m.Groups["types"].Value).ToList();
        var documented = rows.SelectMany(r => TypeName().Matches(r).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.Equal(EventTypes.All.Select(t => t.Name).Order(), documented.Order());
    }

    [Fact]
    public void An_actors_kind_in_json_lines_is_the_word_the_scenario_format_uses()
    {
        var side = new Domain.Provenance.ActorRef("ged-actor-902", "Example Front", Domain.Provenance.ActorKind.NonState, []);
        var attack = Baseline.Events.OfType<AttackClaimed>().First() with { Perpetrator = side, ClaimedBy = null };

        using var json = JsonDocument.Parse(ExportTo(ExportFormat.Records, [attack]).Trim());

        Assert.Equal("nonState", json.RootElement.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal("nonState", json.RootElement.GetProperty("fields").GetProperty("perpetrator").GetProperty("kind").GetString());
    }

    private static string Export(ExportFormat format, Scenarios.Loading.Scenario scenario) => ExportTo(format, scenario.Events, scenario.Name);

    private static string ExportTo(ExportFormat format, IEnumerable<NegotiationEvent> events, string scenario = "test")
    {
        using var writer = new StringWriter();
        EventExport.Write(writer, format, scenario, events);
        return writer.ToString();
    }

    /// <summary>RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    /// <summary>A row of the README's PLOVER table: | `Type`, `Type` | EVENT_TYPE (or "none: why") | ...</summary>
    [GeneratedRegex(@"^\| (?<types>`[A-Za-z]+`(?:, `[A-Za-z]+`)*) \| (?:[A-Z]+|none:[^|]*) \|", RegexOptions.Multiline)]
    private static partial Regex MappingRow();

    [GeneratedRegex(@"`([A-Za-z]+)`")]
    private static partial Regex TypeName();
}
