using Npgsql;
using TtpSim.Domain.State;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// A command that only reads opens the database through a lean data source (no type catalogue, only Npgsql's
/// core mappings) found from the private server's saved port and password. Its reads must be the reads a
/// full data source makes, and the saved settings must be the ones the server was started with.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReadingDatabaseTests(PostgresFixture postgres) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ttpsim-saved-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Reads_through_the_lean_source_equal_reads_through_Martens_own_connections()
    {
        var connection = await postgres.CreateDatabaseAsync(nameof(ReadingDatabaseTests));
        await using var store = TtpSimStore.Create(connection);
        var baseline = new TtpSim.Scenarios.Loading.ScenarioLoader().LoadFile(RepositoryPaths.Baseline);
        var replayed = await new ScenarioRepository(store).ReplayAsync(baseline);
        await using var database = new ReadingDatabase(connection, ReadingDatabase.SourceFor(connection));
        var lean = DirectReads.Of(database.Source, TtpSimStore.Schema);
        var full = DirectReads.Of(store);
        var serializer = store.Options.Serializer();
        string Json(object? value) => value is null ? "null" : serializer.ToJson(value);

        Assert.Equal(Json(await full.RecordAsync(baseline.Name, default)), Json(await lean.RecordAsync(baseline.Name, default)));
        var dates = Timeline.ChangePoints(baseline.Events).Select(p => p.Date).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).Distinct().ToList();
        Assert.NotEmpty(dates);
        foreach (var date in dates)
        {
            var byFull = await full.StateOnAsync(baseline.Name, date, default);
            var byLean = await lean.StateOnAsync(baseline.Name, date, default);
            Assert.Equal(Json(byFull.Record), Json(byLean.Record));
            Assert.Equal(Json(byFull.OnOrBefore), Json(byLean.OnOrBefore));
            Assert.Equal(byFull.Next, byLean.Next);
            Assert.Equal(byFull.HappenedBetween!.Select(Json), byLean.HappenedBetween!.Select(Json));
        }

        var everyEvent = await lean.EventsAsync(replayed.StreamKey, null, null, default);
        Assert.NotNull(everyEvent);
        Assert.Equal(replayed.Events, everyEvent.Count);
        Assert.Equal((await full.EventsAsync(replayed.StreamKey, null, null, default))!.Select(Json), everyEvent.Select(Json));
        Assert.Equal((await full.EventsAsync(replayed.StreamKey, 5, 40, default))!.Select(Json), (await lean.EventsAsync(replayed.StreamKey, 5, 40, default))!.Select(Json));
    }

    [Fact]
    public void The_saved_connection_is_the_saved_port_and_password_on_the_loopback_address()
    {
        File.WriteAllText(Path.Combine(root, "port"), "41234");
        File.WriteAllText(Path.Combine(root, "password"), "a-saved-password\n");

        var saved = new NpgsqlConnectionStringBuilder(PrivatePostgres.SavedConnectionString(root, "ttpsim"));

        Assert.Equal(("127.0.0.1", 41234, "a-saved-password", "ttpsim", PrivatePostgres.Superuser), (saved.Host, saved.Port, saved.Password, saved.Database, saved.Username));
    }

    [Theory]
    [InlineData(null, "a-saved-password")]
    [InlineData("41234", null)]
    [InlineData("not-a-port", "a-saved-password")]
    public void Without_a_saved_port_and_password_there_is_no_saved_connection(string? port, string? password)
    {
        if (port is not null)
        {
            File.WriteAllText(Path.Combine(root, "port"), port);
        }

        if (password is not null)
        {
            File.WriteAllText(Path.Combine(root, "password"), password);
        }

        Assert.Null(PrivatePostgres.SavedConnectionString(root, "ttpsim"));
    }
}
