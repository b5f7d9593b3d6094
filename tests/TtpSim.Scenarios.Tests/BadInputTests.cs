using System.Text;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Tests;

/// <summary>Every malformed file gets one error naming the file, line, column and field, and never an unhandled exception.</summary>
public class BadInputTests
{
    private const string Valid = """
        scenario: tiny
        title: A tiny history
        actors:
          - { id: ttp, name: TTP, kind: militant }
          - { id: pakistan-government, name: Government of Pakistan, kind: state }
        events:
          - id: truce
            type: CeasefireDeclared
            date: 2021-11-09
            ceasefire: nov
            declaredBy: ttp
            scope: ttp
            kind: agreed
            scheduledEnd: 2021-12-09
        """;

    private static ScenarioError Fails(string text, long maxBytes = ScenarioLoader.DefaultMaxFileBytes) =>
        Fails(Encoding.UTF8.GetBytes(text), maxBytes);

    private static ScenarioError Fails(byte[] bytes, long maxBytes = ScenarioLoader.DefaultMaxFileBytes)
    {
        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader(maxBytes).LoadBytes(bytes, "tiny.yaml")).Error;
        Assert.Equal("tiny.yaml", error.File);
        Assert.DoesNotContain('\n', error.ToString());
        return error;
    }

    private static void At(ScenarioError error, int line, int column, string? field, string words)
    {
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(field, error.Field);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_file_these_tests_break_loads()
    {
        var scenario = new ScenarioLoader().LoadBytes(Encoding.UTF8.GetBytes(Valid), "tiny.yaml");

        Assert.Single(scenario.Events, e => !e.Meta.IsDerived);
        Assert.Single(scenario.Events, e => e.Meta.IsDerived);
    }

    [Fact]
    public void Empty_file() => At(Fails(""), 1, 1, null, "empty");

    [Fact]
    public void File_of_comments_only() => At(Fails("# nothing here\n"), 1, 1, null, "empty");

    [Fact]
    public void Not_yaml() => At(Fails("scenario: [unclosed\ntitle: x\n"), 1, 11, null, "YAML syntax error");

    [Fact]
    public void A_tag_that_is_not_a_uri_is_a_located_syntax_error() =>
        At(Fails("scenario: tiny\ntitle: !!'[: x\n"), 2, 6, null, "YAML syntax error: Global tags must be valid URIs.");

    [Fact]
    public void Yaml_syntax_error_in_indentation() => At(Fails(Valid.Replace("    type: CeasefireDeclared", "   type: CeasefireDeclared", StringComparison.Ordinal)), 8, 4, null, "YAML syntax error");

    [Fact]
    public void Top_level_that_is_a_list() => At(Fails("- scenario: tiny\n"), 1, 1, null, "top level must be a mapping");

    [Fact]
    public void Top_level_that_is_a_single_value() => At(Fails("just words\n"), 1, 1, null, "top level must be a mapping");

    [Fact]
    public void Unknown_event_type_with_a_suggestion() =>
        At(Fails(Valid.Replace("CeasefireDeclared", "CeasfireDeclared", StringComparison.Ordinal)), 8, 11, "events[0].type", "did you mean 'CeasefireDeclared'?");

    [Fact]
    public void Misspelt_field_with_a_suggestion() =>
        At(Fails(Valid.Replace("scheduledEnd:", "sheduledEnd:", StringComparison.Ordinal)), 14, 5, "events[0].sheduledEnd", "did you mean 'scheduledEnd'?");

    [Fact]
    public void Unknown_top_level_field() => At(Fails(Valid + "\nauthor: me\n"), 15, 1, "author", "unknown field");

    [Fact]
    public void Impossible_date() =>
        At(Fails(Valid.Replace("date: 2021-11-09", "date: 2021-02-30", StringComparison.Ordinal)), 9, 11, "events[0].date", "2021-02 has 28 days");

    [Fact]
    public void End_before_its_start() =>
        At(Fails(Valid.Replace("scheduledEnd: 2021-12-09", "scheduledEnd: 2021-11-01", StringComparison.Ordinal)), 14, 19, "events[0].scheduledEnd", "before the ceasefire starts");

    [Fact]
    public void Reference_to_a_ceasefire_that_does_not_exist() =>
        At(Fails(Valid + """

              - id: end
                type: CeasefireEnded
                date: 2021-12-09
                ceasefire: december
                how: notExtended
            """), 18, 16, "events[1].ceasefire", "'december' is not declared");

    [Fact]
    public void Reference_to_an_actor_that_does_not_exist() =>
        At(Fails(Valid.Replace("scope: ttp", "scope: tpp", StringComparison.Ordinal)), 12, 12, "events[0].scope", "did you mean 'ttp'?");

    [Fact]
    public void Negative_count() =>
        At(Fails(Valid + """

              - id: release
                type: PrisonersReleased
                date: 2021-11-20
                by: pakistan-government
                basis: batch
                count:
                  - { value: -30 }
            """), 21, 18, "events[1].count[0].value", "negative");

    [Fact]
    public void Baseline_event_without_a_source() =>
        At(Fails(Valid.Replace("title:", "kind: baseline\ntitle:", StringComparison.Ordinal)), 8, 5, "events[0].sources", "must cite at least one source");

    [Fact]
    public void Yaml_alias_bomb_is_refused_at_the_first_anchor()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }

        At(Fails(bomb.ToString()), 1, 4, null, "anchors (&a) are not allowed");
    }

    [Fact]
    public void Yaml_alias_is_refused_where_it_stands() =>
        At(Fails(Valid.Replace("scope: ttp", "scope: *ttp", StringComparison.Ordinal)), 12, 12, null, "aliases (*ttp) are not allowed");

    [Fact]
    public void Yaml_tag_cannot_create_objects() =>
        At(Fails(Valid.Replace("title: A tiny history", "title: !!python/object:os.system rm", StringComparison.Ordinal)), 2, 8, null, "tags");

    [Fact]
    public void A_file_of_tens_of_megabytes_is_refused_by_size_before_parsing()
    {
        var big = Encoding.UTF8.GetBytes(Valid + new string('#', 200) + "\n");

        At(Fails(big, maxBytes: 256), 0, 0, null, "larger than");
    }

    [Fact]
    public void Large_file_on_disk_is_refused_without_reading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ttpsim-huge-{Guid.NewGuid():N}.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(30L * 1024 * 1024);
        }

        try
        {
            var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(path)).Error;
            Assert.Contains("30.0 MiB", error.Message, StringComparison.Ordinal);
            Assert.Contains("limited to 8 MiB", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid).ToList();
        var at = Encoding.UTF8.GetByteCount("scenario: tiny\ntitle: A ");
        bytes.Insert(at, 0xFF);

        At(Fails([.. bytes]), 2, 10, null, "not UTF-8");
    }

    [Fact]
    public void A_ceasefire_id_that_is_not_a_name() =>
        At(Fails(Valid.Replace("ceasefire: nov", "ceasefire: Nov ember", StringComparison.Ordinal)), 10, 16, "events[0].ceasefire", "lower-case letters");

    [Fact]
    public void Duplicate_key() => At(Fails(Valid.Replace("    kind: agreed", "    kind: agreed\n    kind: unilateral", StringComparison.Ordinal)), 14, 5, null, "'kind' appears twice");

    [Fact]
    public void Duplicate_event_id() =>
        At(Fails(Valid + "\n" + Valid[Valid.IndexOf("  - id: truce", StringComparison.Ordinal)..].Replace("ceasefire: nov", "ceasefire: dec", StringComparison.Ordinal)), 15, 9, "events[1].id", "used twice");

    [Fact]
    public void Known_before_it_happened() =>
        At(Fails(Valid.Replace("    date: 2021-11-09", "    date: 2021-11-09\n    known: 2021-11-01", StringComparison.Ordinal)), 10, 12, "events[0].known", "before the event happened");

    [Fact]
    public void Scenario_name_that_does_not_match_its_file()
    {
        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadBytes(Encoding.UTF8.GetBytes(Valid), "other.yaml", "other")).Error;

        At(error, 1, 11, "scenario", "must match the file name 'other'");
    }
}
