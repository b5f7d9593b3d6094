using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using TtpSim.Bench.Generation;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Projections;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// A <c>state</c> process reads stored JSON by reflection (<see cref="ReflectionJsonReader"/>) and writes its snapshot
/// the same way (<see cref="SnapshotJsonWriter"/>), instead of through System.Text.Json's serializer. Every stored
/// object must come out as the serializer reads it, every snapshot as the serializer writes it, and whatever the
/// reader does not understand must throw. Objects are compared as the JSON the serializer writes for them: records
/// holding immutable lists have no structural equality.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReflectionJsonReaderTests(PostgresFixture postgres) : StoreTestBase(postgres), IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-reflection-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Marten.ISerializer Serializer => Store.Options.Serializer();

    private string Json(object? value) => value is null ? "null" : Serializer.ToJson(value);

    private object SerializerRead(Type type, string json) => Serializer.FromJson(type, new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public async Task Every_stored_record_change_point_and_event_of_every_shipped_scenario_and_a_generated_history_reads_as_the_serializer_reads_it()
    {
        var scenarios = ShippedScenarioFiles.Load();
        var generated = ScenarioGenerator.Write(folder, 1_000);
        scenarios.Add(new ScenarioLoader().LoadFile(generated.Path));
        foreach (var scenario in scenarios)
        {
            await Scenarios.ReplayAsync(scenario);
        }

        var read = new Dictionary<string, int>(StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (table, kind) in new[] { ("mt_doc_scenariorecord", "record"), ("mt_doc_statechangepoint", "change point"), ("mt_events", "event") })
        {
            foreach (var (type, json) in await RowsAsync(table))
            {
                var expected = Json(SerializerRead(type, json));
                var actual = Json(ReflectionJsonReader.Read(type, json));
                if (expected != actual)
                {
                    differences.Add($"{kind} {type.Name}: {json[..Math.Min(json.Length, 200)]}");
                }

                read[kind] = read.GetValueOrDefault(kind) + 1;
            }
        }

        Assert.Empty(differences);
        Assert.Equal(scenarios.Count, read["record"]);
        Assert.Equal(scenarios.Sum(s => s.Events.Length), read["event"]);
        Assert.True(read["change point"] > scenarios.Count, $"{read["change point"]} change points");

        // The same through DirectReads, as the state command reads.
        var byReflection = DirectReads.Of(Store).ReadingByReflection(true);
        var bySerializer = DirectReads.Of(Store).ReadingByReflection(false);
        foreach (var scenario in scenarios)
        {
            var record = (await bySerializer.RecordAsync(scenario.Name, default))!;
            Assert.Equal(Json(record), Json(await byReflection.RecordAsync(scenario.Name, default)));
            Assert.Equal(
                (await bySerializer.EventsAsync(record.StreamKey, null, null, default))!.Select(Json),
                (await byReflection.EventsAsync(record.StreamKey, null, null, default))!.Select(Json));
            var day = scenario.Events[scenario.Events.Length / 2].Meta.Occurred.Start;
            var readBySerializer = await bySerializer.StateOnAsync(scenario.Name, day, default);
            var readByReflection = await byReflection.StateOnAsync(scenario.Name, day, default);
            Assert.NotNull(readByReflection.OnOrBefore);
            Assert.Equal(Json(readBySerializer.Record), Json(readByReflection.Record));
            Assert.Equal(Json(readBySerializer.OnOrBefore), Json(readByReflection.OnOrBefore));
            Assert.Equal(readBySerializer.Next, readByReflection.Next);
            Assert.Equal(readBySerializer.HappenedBetween!.Select(Json), readByReflection.HappenedBetween!.Select(Json));
        }
    }

    [Fact]
    public void Every_member_of_every_stored_type_is_one_the_reader_can_read_whether_or_not_the_data_holds_it()
    {
        // The data comparison above catches a member read wrongly only where the data has it; this catches a
        // member of a type the reader has no reading for (a dictionary, a set, a decimal...) as soon as it is added.
        Assert.Empty(ReflectionJsonReader.UnreadableTypesReachableFrom([typeof(ScenarioRecord), typeof(StateChangePoint), .. EventTypes.All]));
        Assert.NotEmpty(ReflectionJsonReader.UnreadableTypesReachableFrom([typeof(ContainsASet)]));
    }

    [Theory]
    [InlineData("an unknown member at the top", "/", "unexpected", "1")]
    [InlineData("an unknown member deep inside", "/state/talks", "unexpected", "1")]
    [InlineData("a string for a number", "/state", "eventsApplied", "\"12\"")]
    [InlineData("a number for a string", "/", "streamKey", "12")]
    [InlineData("an object for a list", "/state", "ceasefires", "{}")]
    [InlineData("a list for an object", "/state", "attacks", "[]")]
    [InlineData("an enum name the enum does not have", "/state/talks", "status", "\"halfOpen\"")]
    [InlineData("an enum as a number", "/state/talks", "status", "1")]
    [InlineData("a date in another format", "/", "date", "\"20/11/2021\"")]
    [InlineData("null for a number", "/state", "eventsApplied", "null")]
    public async Task What_the_reader_does_not_understand_throws_a_JsonException(string what, string at, string member, string value)
    {
        await Scenarios.ReplayAsync(Baseline);
        var (type, json) = (await RowsAsync("mt_doc_statechangepoint")).Last();
        Assert.Equal(Json(SerializerRead(type, json)), Json(ReflectionJsonReader.Read(type, json)));

        var changed = JsonNode.Parse(json)!;
        var target = at.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(changed, (node, name) => node[name]!);
        target[member] = JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => ReflectionJsonReader.Read(type, changed.ToJsonString()));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
    }

    [Fact]
    public async Task A_missing_required_member_throws_a_JsonException()
    {
        await Scenarios.ReplayAsync(Baseline);
        var (type, json) = (await RowsAsync("mt_doc_scenariorecord")).Single();
        var changed = JsonNode.Parse(json)!.AsObject();
        Assert.True(changed.Remove("streamKey"));

        Assert.Throws<JsonException>(() => ReflectionJsonReader.Read(type, changed.ToJsonString()));
    }

    [Fact]
    public async Task Change_points_stored_in_an_older_shape_still_say_the_scenario_needs_replaying()
    {
        await Scenarios.ReplayAsync(Baseline);
        await using (var connection = Store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var oldShape = new NpgsqlCommand(
                $"update {TtpSimStore.Schema}.mt_doc_statechangepoint set data = jsonb_set(data, '{{state,attacks}}', '[]'::jsonb)", connection);
            Assert.True(await oldShape.ExecuteNonQueryAsync() > 0);
        }

        var byReflection = new ScenarioRepository(DirectReads.Of(Store).ReadingByReflection(true), () => Store);

        var refusal = await Assert.ThrowsAsync<ScenarioNotReplayedException>(() => byReflection.SnapshotAtAsync(Baseline.Name, new DateOnly(2021, 11, 20), null));
        Assert.Contains("earlier version", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshots_written_by_reflection_are_the_serializers_byte_for_byte()
    {
        var scenarios = ShippedScenarioFiles.Load();
        var written = 0;
        foreach (var scenario in scenarios)
        {
            await Scenarios.ReplayAsync(scenario);
            var days = Timeline.ChangePoints(scenario.Events).Select(p => p.Date).SelectMany(d => new[] { d.AddDays(-1), d }).Distinct().ToList();
            foreach (var day in days)
            {
                foreach (var known in new DateOnly?[] { null, day.AddDays(-20) })
                {
                    var snapshot = await Scenarios.SnapshotAtAsync(scenario.Name, day, known);
                    Assert.Equal(SnapshotJson.Serialize(snapshot), SnapshotJsonWriter.Serialize(snapshot));
                    written++;
                }
            }
        }

        Assert.True(written > 100, $"{written} snapshots");
    }

    /// <summary>Every stored row of a table, with the type it is read as.</summary>
    private async Task<List<(Type Type, string Json)>> RowsAsync(string table)
    {
        var events = table == "mt_events";
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select {(events ? "type" : "null")}, data from {TtpSimStore.Schema}.{table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Type, string)>();
        while (await reader.ReadAsync())
        {
            var type = events ? DirectReads.EventTypesByStoredName[reader.GetString(0)]
                : table == "mt_doc_scenariorecord" ? typeof(ScenarioRecord)
                : typeof(StateChangePoint);
            rows.Add((type, reader.GetString(1)));
        }

        return rows;
    }
}

/// <summary>A TtpSim type with a member the reader has no reading for.</summary>
public sealed record ContainsASet(System.Collections.Immutable.ImmutableHashSet<string> Names);
