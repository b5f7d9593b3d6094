using System.Text;
using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>The .jsonl scenario format: the same checks, errors and fingerprint as YAML, read whole or streamed.</summary>
public sealed class JsonLinesTests : IDisposable
{
    private static readonly Scenario Baseline = new ScenarioLoader().LoadFile(RepositoryPaths.Baseline);

    private const string Header = """{"scenario":"tiny","kind":"alternative","title":"A small history","actors":[{"id":"ttp","name":"TTP","kind":"militant"},{"id":"pakistan-government","name":"Government of Pakistan","kind":"state"}]}""";

    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-jsonl-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_baseline_written_as_jsonl_reads_back_to_the_same_state_on_every_change_date_whole_and_streamed()
    {
        var path = Write("baseline-copy", Timeline.InHistoricalOrder(Baseline.Events));

        var whole = new ScenarioLoader().LoadFile(path);
        var streamed = Assert.IsType<StreamedScenario>(new ScenarioLoader().LoadForReplay(path));

        Assert.Equal(Baseline.Events.Length, whole.Events.Length);
        Assert.Equal(whole.Fingerprint, streamed.Fingerprint);
        Assert.True(streamed.InFileOrder, "an export is written in historical order, so one pass checks it");
        var read = streamed.EventsInHistoricalOrder().ToList();
        Assert.Equal(whole.EventsInHistoricalOrder().Select(e => e.Meta.Id), read.Select(e => e.Meta.Id));
        foreach (var (date, _) in Timeline.ChangePoints(Baseline.Events))
        {
            Assert.Equal(StateJson(Timeline.StateAt(Baseline.Events, date)), StateJson(Timeline.StateAt(read, date)));
        }
    }

    [Fact]
    public void A_file_out_of_historical_order_is_checked_in_a_second_pass_with_the_same_result()
    {
        var inOrder = Write("in-order", Timeline.InHistoricalOrder(Baseline.Events));

        // Latest first, but events of the same date in their order: file order breaks ties between them.
        var shuffled = Write("shuffled", [.. Baseline.Events.OrderByDescending(e => e.Meta.Occurred)]);

        var first = Assert.IsType<StreamedScenario>(new ScenarioLoader().LoadForReplay(inOrder));
        var second = Assert.IsType<StreamedScenario>(new ScenarioLoader().LoadForReplay(shuffled));

        Assert.False(second.InFileOrder);
        Assert.Equal(new ScenarioLoader().LoadFile(shuffled).Fingerprint, second.Fingerprint);
        Assert.Equal(first.Derived.Length, second.Derived.Length);
        var last = Timeline.ChangePoints(Baseline.Events).Last().Date;
        Assert.Equal(StateJson(Timeline.StateAt(first.EventsInHistoricalOrder(), last)), StateJson(Timeline.StateAt(second.EventsInHistoricalOrder(), last)));
    }

    [Fact]
    public void The_same_events_in_yaml_and_jsonl_have_one_fingerprint()
    {
        const string Event = """{"id":"talks-open","type":"TalksOpened","date":"2021-10","parties":["ttp","pakistan-government"],"venue":"Kabul"}""";
        var jsonl = Path.Combine(folder, "tiny.jsonl");
        File.WriteAllText(jsonl, Header + "\n" + Event + "\n");
        var yaml = Path.Combine(folder, "tiny.yaml");
        File.WriteAllText(yaml, """
            scenario: tiny
            kind: alternative
            title: A small history
            actors:
              - { id: ttp, name: TTP, kind: militant }
              - { id: pakistan-government, name: Government of Pakistan, kind: state }
            events:
              - { id: talks-open, type: TalksOpened, date: 2021-10, parties: [ttp, pakistan-government], venue: Kabul }
            """);

        Assert.Equal(new ScenarioLoader().LoadFile(yaml).Fingerprint, new ScenarioLoader().LoadForReplay(jsonl).Fingerprint);
        Assert.Equal(new ScenarioLoader().LoadFile(yaml).Fingerprint, new ScenarioLoader().LoadFile(jsonl).Fingerprint);
    }

    [Theory]
    [InlineData("""{"id":"a","type":"TalksOpened","date":"2021-10","parties":["ttp"],"venue":"Kabul",}""", "tiny.jsonl:2:83: not valid JSON")]
    [InlineData("""{"id":"a","type":"TalksOpened","date":"2021-10","parties":["ttp"],"venu":"Kabul"}""", "tiny.jsonl:2:1: events[0].venue: is required")]
    [InlineData("""{"id":"a","type":"TalksOpened","date":"2021-10","parties":["ttp"],"venue":"Kabul","extra":1}""", "tiny.jsonl:2:83: events[0].extra: unknown field")]
    [InlineData("""{"id":"a","type":"TalksOpened","date":"2021-13","parties":["ttp"],"venue":"Kabul"}""", "tiny.jsonl:2:39: events[0].date:")]
    [InlineData("""{"id":"a","type":"TalksOpened","date":"2021-10","parties":["isis"],"venue":"Kabul"}""", "tiny.jsonl:2:60: events[0].parties[0]: actor 'isis' is not declared")]
    [InlineData("""{"id":"a","type":"TalksOpened","date":"2021-10","parties":["ttp"],"venue":"Kabul","dependsOn":["b"]}""", "tiny.jsonl:2:95: events[0].dependsOn[0]: there is no event 'b'")]
    [InlineData("""{"id":"a","type":"TalksResumed","date":"2021-10"}""", "tiny.jsonl:2:18: events[0].type: talks")]
    [InlineData("""[1,2]""", "tiny.jsonl:2:1: each line must be one JSON object")]
    [InlineData("""{"id":"a","id":"b"}""", "tiny.jsonl:2:11: 'id' appears twice")]
    [InlineData("", "tiny.jsonl:2:1: a blank line")]
    public void A_bad_line_is_refused_with_its_file_line_column_and_field_streamed_and_whole(string line, string expected)
    {
        var path = Path.Combine(folder, "tiny.jsonl");
        File.WriteAllText(path, Header + "\n" + line + "\n" + """{"id":"z","type":"TalksStalled","date":"2022-01","reason":"none"}""" + "\n");

        var streamed = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadForReplay(path));
        var whole = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(path));

        Assert.StartsWith(expected, streamed.Message, StringComparison.Ordinal);
        Assert.Equal(whole.Message, streamed.Message);
    }

    [Fact]
    public void A_repeated_id_names_the_line_that_repeats_it()
    {
        const string Event = """{"id":"a","type":"TalksStalled","date":"2022-01","reason":"none"}""";
        var path = Path.Combine(folder, "tiny.jsonl");
        File.WriteAllText(path, string.Join('\n', Header, Event, Event, ""));

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadForReplay(path));

        Assert.StartsWith("tiny.jsonl:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("event id 'a' is used twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "tiny.jsonl:1:1: the file is empty")]
    [InlineData("""{"scenario":"other","title":"t","actors":[]}""", "tiny.jsonl:1:13: scenario: 'other' must match the file name 'tiny'")]
    [InlineData("""{"scenario":"tiny","title":"t","actors":[],"events":[]}""", "tiny.jsonl:1:44: events: in a .jsonl scenario the events are the lines after the header")]
    [InlineData("""{"scenario":"tiny","title":"t","actors":[],"colour":"red"}""", "tiny.jsonl:1:44: colour: unknown field")]
    public void A_bad_header_is_refused_on_line_one(string header, string expected)
    {
        var path = Path.Combine(folder, "tiny.jsonl");
        File.WriteAllText(path, header);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadForReplay(path));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_at_their_column()
    {
        var path = Path.Combine(folder, "tiny.jsonl");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Header + "\n{\"id\":\"a\""), 0xC3, 0x28, .. "}\n"u8.ToArray()]);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadForReplay(path));

        Assert.StartsWith("tiny.jsonl:2:10: the line is not UTF-8", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, IReadOnlyList<NegotiationEvent> events)
    {
        var path = Path.Combine(folder, name + JsonLinesScenario.Extension);
        using var file = File.Create(path);
        JsonLinesWriter.Write(file, name, Baseline.Title, Baseline.Question, events);
        return path;
    }

    private static string StateJson(NegotiationState state) => JsonSerializer.Serialize(state, SnapshotJson.Options);
}
