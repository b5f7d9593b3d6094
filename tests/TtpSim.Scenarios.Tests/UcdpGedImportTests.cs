using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Import;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// import ucdp-ged on a small hand-written file in GED's 49-column layout. Its rows are invented (Exampleland,
/// the Example Front, ids from 900001): they stand for no real event.
/// </summary>
public sealed class UcdpGedImportTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "TtpSim.Scenarios.Tests", "Fixtures", "ged-fictitious.csv");

    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-ged-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Every_row_becomes_an_attack_attributed_by_ucdp_with_its_figures_dates_place_and_source()
    {
        var events = Import(new UcdpGedFilter(null, null)).ToDictionary(e => e.Meta.Id);

        Assert.Equal(3, events.Count);
        var clash = Assert.IsType<AttackClaimed>(events["ged-900001"]);
        Assert.Equal(AttackAttribution.Attributed, clash.Attribution);
        Assert.Null(clash.ClaimedBy);
        Assert.Equal("ged-dyad-9101", clash.Perpetrator.Id);
        Assert.Equal(HistoricalDate.OnDay(new DateOnly(2031, 3, 3)), clash.Meta.Occurred);
        Assert.Equal([6, 5, 9], clash.Fatalities.Reports.Select(r => r.Value));
        Assert.Equal((5, 9), (clash.Fatalities.Low, clash.Fatalities.High));
        Assert.Contains("Example Town, 3 km north, Example District, Example Province, Exampleland (10.5, 20.25); where_prec 1", clash.Location, StringComparison.Ordinal);
        var citation = Assert.Single(clash.Meta.Sources);
        Assert.Equal(UcdpGedImport.Outlet, citation.Outlet);
        Assert.Contains("GED 900001", citation.Quote, StringComparison.Ordinal);
        Assert.Contains("Invented Daily,2031-03-04,\"Clash near Example Town\"", citation.Quote, StringComparison.Ordinal);

        var oneSided = Assert.IsType<AttackClaimed>(events["ged-900002"]);
        Assert.Equal("ged-actor-902", oneSided.Perpetrator.Id);
        Assert.Equal(HistoricalDate.InMonth(2031, 4), oneSided.Meta.Occurred);

        var week = Assert.IsType<AttackClaimed>(events["ged-900003"]);
        Assert.Equal(HistoricalDate.Between(new DateOnly(2031, 5, 1), new DateOnly(2031, 5, 7)), week.Meta.Occurred);
    }

    [Fact]
    public void Country_and_dyad_filters_keep_only_their_rows()
    {
        Assert.Equal(["ged-900001", "ged-900002"], Import(new UcdpGedFilter("exampleland", null)).Select(e => e.Meta.Id).Order());
        Assert.Equal(["ged-900003"], Import(new UcdpGedFilter(null, "9103")).Select(e => e.Meta.Id));
        Assert.Equal(["ged-900001"], Import(new UcdpGedFilter(null, "Government of Exampleland - Example Front")).Select(e => e.Meta.Id));
    }

    [Theory]
    [InlineData(1, "id,relid", "id,relid,yeer", "ged.csv:1:10: year: column 3 is 'yeer', where UCDP GED's CSV has 'year' (unknown layout)")]
    [InlineData(2, "2031-03-03 00:00:00.000,2031-03-03 00:00:00.000", "2031-03-03,2031-02-31", "ged.csv:2:")]
    [InlineData(2, ",6,9,5,999,", ",6,4,5,999,", "ged.csv:2:")]
    [InlineData(3, ",Asia,1,4,2031-04-01,2031-04-30,", ",Asia,1,9,2031-04-01,2031-04-30,", "ged.csv:3:")]
    public void A_bad_header_or_row_names_its_line_column_and_field_and_writes_nothing(int line, string replace, string with, string expected)
    {
        var lines = File.ReadAllLines(Fixture);
        lines[line - 1] = line == 1 ? lines[0].Replace("id,relid,year", with, StringComparison.Ordinal) : lines[line - 1].Replace(replace, with, StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllLines(Fixture)[line - 1], lines[line - 1]);
        var csv = Path.Combine(folder, "ged.csv");
        File.WriteAllLines(csv, lines);
        var output = Path.Combine(folder, "ged-bad.jsonl");

        var error = Assert.Throws<ScenarioException>(() => UcdpGedImport.Convert(csv, output, "ged-bad", new UcdpGedFilter(null, null)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Error.Field);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder, "*.jsonl*"));
    }

    [Fact]
    public void A_row_with_a_missing_field_is_refused_on_its_line()
    {
        var lines = File.ReadAllLines(Fixture);
        var csv = Path.Combine(folder, "ged.csv");
        File.WriteAllLines(csv, [lines[0], lines[1], string.Join(',', lines[2].Split(',')[..40])]);

        var error = Assert.Throws<ScenarioException>(() => UcdpGedImport.Convert(csv, Path.Combine(folder, "x.jsonl"), "x", new UcdpGedFilter(null, null)));

        Assert.StartsWith("ged.csv:3:1: the row has 40 fields; UCDP GED rows have 49", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_day_given_makes_every_row_known_then_and_one_before_the_rows_end_is_refused()
    {
        var unstated = Import(new UcdpGedFilter(null, null)).Single(e => e.Meta.Id == "ged-900001");
        Assert.Equal(new DateOnly(2031, 5, 7), unstated.Meta.KnownFrom);

        var stated = Import(new UcdpGedFilter(null, null), new DateOnly(2032, 6, 15)).Single(e => e.Meta.Id == "ged-900001");
        Assert.Equal(new DateOnly(2032, 6, 15), stated.Meta.KnownFrom);
        Assert.Equal(new DateOnly(2032, 6, 15), Assert.Single(stated.Meta.Sources).Published.Start);

        var error = Assert.Throws<ScenarioException>(() => Import(new UcdpGedFilter(null, null), new DateOnly(2031, 5, 6)));
        Assert.Contains("--published 2031-05-06 is before 2031-05-07", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dyad_is_its_own_kind_and_one_sources_low_best_and_high_are_a_range_not_a_disagreement()
    {
        var clash = Assert.IsType<AttackClaimed>(Import(new UcdpGedFilter(null, null)).Single(e => e.Meta.Id == "ged-900001"));
        Assert.Equal(ActorKind.Dyad, clash.Perpetrator.Kind);
        Assert.StartsWith("attack attributed to Government of Exampleland - Example Front", clash.Describe(), StringComparison.Ordinal);
        Assert.False(clash.Fatalities.SourcesDisagree);
        var twoSources = new Estimate([new ReportedFigure(30, FigureBound.Exact, "a.txt", null), new ReportedFigure(100, FigureBound.Exact, "b.txt", null)]);
        Assert.True(twoSources.SourcesDisagree);
    }

    [Fact]
    public void A_side_is_a_state_only_with_a_gleditsch_ward_number_and_otherwise_a_non_state_group_never_a_militant()
    {
        var scenario = Load(new UcdpGedFilter(null, null));
        var kinds = scenario.Actors.ToDictionary(a => a.Actor.Id, a => a.Actor.Kind);

        Assert.Equal(ActorKind.State, kinds["ged-actor-901"]);
        Assert.Equal(ActorKind.NonState, kinds["ged-actor-902"]);
        Assert.Equal(ActorKind.NonState, kinds["ged-actor-903"]);
        Assert.DoesNotContain(ActorKind.Militant, kinds.Values);
        var oneSided = Assert.IsType<AttackClaimed>(scenario.EventsInHistoricalOrder().Single(e => e.Meta.Id == "ged-900002"));
        Assert.Equal(ActorKind.NonState, oneSided.Perpetrator.Kind);
    }

    private List<NegotiationEvent> Import(UcdpGedFilter filter, DateOnly? published = null) =>
        [.. Load(filter, published).EventsInHistoricalOrder().Where(e => !e.Meta.IsDerived)];

    private StreamedScenario Load(UcdpGedFilter filter, DateOnly? published = null)
    {
        var output = Path.Combine(folder, "ged-import.jsonl");
        UcdpGedImport.Convert(Fixture, output, "ged-import", filter, published);
        var scenario = Assert.IsType<StreamedScenario>(new ScenarioLoader().LoadForReplay(output));
        Assert.Equal(ScenarioKind.Baseline, scenario.Kind);
        return scenario;
    }
}
