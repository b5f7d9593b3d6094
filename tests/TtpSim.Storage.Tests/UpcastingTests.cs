using Marten;
using Npgsql;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Projections;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// CeasefireDeclared's actor was renamed from DeclaredBy to By. Events stored before the rename are
/// written into mt_events with plain SQL, in their old shape, and must read correctly through the
/// repository, the live fold and a rebuilt projection; events stored after it take the new shape.
/// </summary>
[Collection(PostgresCollection.Name)]
public class UpcastingTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private const string Scenario = "stored-by-v1";
    private const string StreamKey = "stored-by-v1@0123456789abcdef";

    /// <summary>
    /// The same stored shape as <see cref="StoredByVersion1.CeasefireDeclared"/>, with the declarer no longer
    /// the ceasefire's scope: a reader that took the wrong field could not pass for a right one.
    /// </summary>
    private static readonly string DeclaredByTheGovernment = StoredByVersion1.CeasefireDeclared.Replace(
        "\"declaredBy\": {\"id\": \"ttp\", \"kind\": \"Militant\", \"name\": \"TTP\", \"partOf\": []}",
        "\"declaredBy\": {\"id\": \"pakistan-government\", \"kind\": \"State\", \"name\": \"Government of Pakistan\", \"partOf\": []}",
        StringComparison.Ordinal);

    [Fact]
    public async Task Old_shape_events_are_read_with_the_actor_under_its_new_name()
    {
        await StoreVersion1HistoryAsync(DeclaredByTheGovernment);

        var events = await Scenarios.EventsAsync(Scenario);

        var declared = Assert.IsType<CeasefireDeclared>(events[0]);
        Assert.Equal("pakistan-government", declared.By.Id);
        Assert.Equal("ttp", declared.Scope.Id);
        Assert.Equal(("ceasefire-ttp-2021-11", CeasefireKind.Agreed, new DateOnly(2021, 12, 9)), (declared.CeasefireId, declared.Kind, declared.ScheduledEnd!.Value));
        Assert.Equal("ttp-ceasefire-2021-11-09", declared.Meta.Id);
        Assert.Equal(4, declared.Meta.Sources.Length);
        Assert.IsType<CeasefireEnded>(events[1]);
    }

    [Fact]
    public async Task The_live_fold_and_a_rebuilt_projection_see_the_old_events_declarer()
    {
        await StoreVersion1HistoryAsync(DeclaredByTheGovernment);

        using (var daemon = await Store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync(StateTimelineProjection.Name, TimeSpan.FromMinutes(2), CancellationToken.None);
        }

        foreach (var state in new[]
        {
            await Scenarios.ProjectedStateAtAsync(Scenario, new DateOnly(2021, 11, 20)),
            await Scenarios.LiveStateAtAsync(Scenario, new DateOnly(2021, 11, 20), null),
        })
        {
            var ceasefire = Assert.Single(state.Ceasefires);
            Assert.Equal("pakistan-government", ceasefire.DeclaredBy.Id);
            Assert.True(ceasefire.InForceOn(new DateOnly(2021, 11, 20)));
        }

        var after = Assert.Single((await Scenarios.ProjectedStateAtAsync(Scenario, new DateOnly(2021, 12, 10))).Ceasefires);
        Assert.Equal(CeasefireStatus.Ended, after.Status);
    }

    [Fact]
    public async Task The_verbatim_version_1_row_reads_as_the_baseline_file_loads_today()
    {
        await StoreVersion1HistoryAsync(StoredByVersion1.CeasefireDeclared);

        var stored = Assert.IsType<CeasefireDeclared>((await Scenarios.EventsAsync(Scenario))[0]);
        var loaded = Baseline.Events.OfType<CeasefireDeclared>().Single(e => e.Meta.Id == stored.Meta.Id);

        Assert.Equal(Described(loaded.By), Described(stored.By));
        Assert.Equal(Described(loaded.Scope), Described(stored.Scope));
        // The baseline's quotes have been recoded since version 1 stored this row; the article it cites has not.
        Assert.Subset(loaded.Meta.Sources.Select(s => s.File).ToHashSet(), stored.Meta.Sources.Select(s => s.File).ToHashSet());
    }

    [Fact]
    public async Task Events_stored_now_take_the_new_shape_beside_the_old_ones()
    {
        await StoreVersion1HistoryAsync(StoredByVersion1.CeasefireDeclared);
        await Scenarios.ReplayAsync(Baseline);

        await using var connection = await OpenAsync();
        await using var shapes = new NpgsqlCommand(
            $"select type, data ? 'by', data ? 'declaredBy' from {TtpSimStore.Schema}.mt_events where type like 'ceasefire_declared%' order by seq_id",
            connection);
        var rows = new List<(string Type, bool HasBy, bool HasDeclaredBy)>();
        await using (var reader = await shapes.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2)));
            }
        }

        Assert.Equal((StoredByVersion1.CeasefireDeclaredType, false, true), rows[0]);
        Assert.All(rows.Skip(1), row => Assert.Equal(("ceasefire_declared_v2", true, false), row));
        Assert.Equal(1 + Baseline.Events.OfType<CeasefireDeclared>().Count(), rows.Count);
        Assert.Equal(
            Baseline.Events.OfType<CeasefireDeclared>().Select(e => Described(e.By)),
            (await Scenarios.EventsAsync(Baseline.Name)).OfType<CeasefireDeclared>().Select(e => Described(e.By)));
    }

    /// <summary>Writes a version 1 scenario the way version 1 left it: stream, events and scenario record; no change points yet.</summary>
    private async Task StoreVersion1HistoryAsync(string declared)
    {
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var connection = await OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, $"insert into {TtpSimStore.Schema}.mt_streams (id, version) values (@stream, 2)", ("stream", StreamKey));
            var version = 0;
            foreach (var (type, data, dotNetType) in new[]
            {
                (StoredByVersion1.CeasefireDeclaredType, declared, "CeasefireDeclared"),
                (StoredByVersion1.CeasefireEndedType, StoredByVersion1.CeasefireEnded, "CeasefireEnded"),
            })
            {
                await ExecuteAsync(
                    connection,
                    $"""
                    insert into {TtpSimStore.Schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type)
                    values (nextval('{TtpSimStore.Schema}.mt_events_sequence'), gen_random_uuid(), @stream, @version, @data::jsonb, @type, now(), @dotnet)
                    """,
                    ("stream", StreamKey), ("version", ++version), ("data", data), ("type", type),
                    ("dotnet", $"{StoredByVersion1.DotNetTypePrefix}{dotNetType}, TtpSim.Domain"));
            }

            await transaction.CommitAsync();
        }

        await using var session = Store.LightweightSession();
        session.Store(new ScenarioRecord
        {
            Id = Scenario,
            StreamKey = StreamKey,
            Fingerprint = new string('0', 64),
            Title = "Stored by version 1",
            File = $"{Scenario}.yaml",
            EventCount = 2,
        });
        await session.SaveChangesAsync();
    }

    /// <summary>An actor as text: ActorRef's own equality compares its PartOf array by reference.</summary>
    private static string Described(ActorRef actor) =>
        $"{actor.Id} ({actor.Name}, {actor.Kind}, part of [{string.Join(", ", actor.PartOf)}])";

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
