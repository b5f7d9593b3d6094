using System.Collections.Immutable;
using System.Text.Json;
using Marten;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>A fresh database and event store per test class, on the shared server.</summary>
public abstract class StoreTestBase(PostgresFixture postgres) : IAsyncLifetime
{
    protected static readonly Scenario Baseline = new ScenarioLoader().LoadFile(RepositoryPaths.Baseline);

    protected DocumentStore Store { get; private set; } = null!;

    protected ScenarioRepository Scenarios { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = TtpSimStore.Create(await postgres.CreateDatabaseAsync(GetType().Name));
        Scenarios = new ScenarioRepository(Store);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>The same history under another name, its events in another order (and so another fingerprint).</summary>
    protected static Scenario Reordered(Scenario scenario, string name, IEnumerable<NegotiationEvent> events)
    {
        var reordered = events.ToImmutableArray();
        return scenario with { Name = name, Events = reordered, Fingerprint = $"{name}-{string.Join(",", reordered.Select(e => e.Meta.Id)).GetHashCode():x8}-0000000000000000" };
    }

    /// <summary>
    /// Stores events in exactly the given order through Marten's own append (so its inline projection,
    /// not replay, makes the change points), <paramref name="batchSize"/> to a transaction, with a record
    /// that makes the stream readable as scenario <paramref name="streamKey"/>.
    /// </summary>
    protected async Task AppendThroughMartenAsync(string streamKey, IReadOnlyList<NegotiationEvent> events, int batchSize)
    {
        foreach (var (batch, i) in events.Chunk(batchSize).Select((batch, i) => (batch, i)))
        {
            await using var session = Store.LightweightSession();
            if (i == 0)
            {
                session.Events.StartStream(streamKey, batch.Cast<object>());
            }
            else
            {
                session.Events.Append(streamKey, batch.Cast<object>());
            }

            await session.SaveChangesAsync();
        }

        await using (var session = Store.LightweightSession())
        {
            session.Insert(new ScenarioRecord
            {
                Id = streamKey,
                StreamKey = streamKey,
                Fingerprint = $"appended-by-marten-{streamKey}",
                Title = streamKey,
                Question = null,
                File = "none",
                EventCount = events.Count,
                Layout = ScenarioRecord.CurrentLayout,
            });
            await session.SaveChangesAsync();
        }
    }

    /// <summary>The events written as a <c>.jsonl</c> scenario <paramref name="name"/> with the baseline's title, as <c>export --format jsonl</c> writes it.</summary>
    protected static string ExportAsJsonLines(string folder, string name, IReadOnlyList<NegotiationEvent> events)
    {
        var path = Path.Combine(folder, $"{name}.jsonl");
        using var file = File.Create(path);
        JsonLinesWriter.Write(file, name, Baseline.Title, Baseline.Question, events);
        return path;
    }

    /// <summary>Asserts that a stored scenario projects the baseline's state on every date the baseline changes.</summary>
    protected async Task AssertProjectsTheBaselinesStatesAsync(string scenario)
    {
        foreach (var (date, _) in Timeline.ChangePoints(Baseline.Events))
        {
            Assert.Equal(
                JsonSerializer.Serialize(await Scenarios.ProjectedStateAtAsync(Baseline.Name, date), SnapshotJson.Options),
                JsonSerializer.Serialize(await Scenarios.ProjectedStateAtAsync(scenario, date), SnapshotJson.Options));
        }
    }

    protected async Task<long> StoredEventCountAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
