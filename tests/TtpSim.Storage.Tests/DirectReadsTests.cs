using Marten;
using Marten.Events;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using TtpSim.Storage.Projections;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// A state query reads Marten's tables with plain SQL rather than through Marten's store. Whatever it
/// reads must be what Marten reads from the same rows: compared here as the JSON Marten's serializer writes.
/// </summary>
[Collection(PostgresCollection.Name)]
public class DirectReadsTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private string Json(object? value) => value is null ? "null" : Store.Options.Serializer().ToJson(value);

    [Fact]
    public void Every_event_type_is_known_by_the_name_Marten_stores_it_under()
    {
        var graph = (EventGraph)Store.Options.Events;

        var martenNames = EventTypes.All.ToDictionary(t => graph.EventMappingFor(t).EventTypeName, t => t, StringComparer.Ordinal);

        Assert.Equal(martenNames.OrderBy(p => p.Key, StringComparer.Ordinal), DirectReads.EventTypesByStoredName.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Records_change_points_and_events_read_as_Marten_reads_them()
    {
        await Scenarios.ReplayAsync(Baseline);
        var reads = DirectReads.Of(Store);
        await using var session = Store.QuerySession();
        var record = (await session.LoadAsync<ScenarioRecord>(Baseline.Name))!;

        Assert.Equal(Json(record), Json(await reads.RecordAsync(Baseline.Name, CancellationToken.None)));
        Assert.Null(await reads.RecordAsync("never-replayed", CancellationToken.None));

        var differences = new List<string>();
        var foldingDates = 0;
        foreach (var date in DatesAroundEveryChange(Baseline.Events))
        {
            var before = await session.Query<StateChangePoint>()
                .Where(p => p.StreamKey == record.StreamKey && p.Date <= date).OrderByDescending(p => p.Date).FirstOrDefaultAsync();
            var after = await session.Query<StateChangePoint>()
                .Where(p => p.StreamKey == record.StreamKey && p.Date > date).OrderBy(p => p.Date).FirstOrDefaultAsync();
            var between = after is { PrecededByStoredRange: true }
                ? (await session.Events.FetchStreamAsync(record.StreamKey, version: after.State.EventsApplied, fromVersion: (before?.State.EventsApplied ?? 0) + 1))
                    .Select(e => (NegotiationEvent)e.Data).Where(e => e.Meta.Occurred.Start <= date).ToList()
                : [];
            var read = await reads.StateOnAsync(Baseline.Name, date, CancellationToken.None);
            if (Json(record) != Json(read.Record)
                || Json(before) != Json(read.OnOrBefore)
                || read.Next != (after is null ? null : new NextPoint(after.State.EventsApplied, after.PrecededByStoredRange))
                || read.HappenedBetween is null
                || !between.Select(Json).SequenceEqual(read.HappenedBetween.Select(Json)))
            {
                differences.Add($"{date:yyyy-MM-dd}");
            }

            foldingDates += between.Count > 0 ? 1 : 0;
        }

        Assert.Empty(differences);
        Assert.True(foldingDates > 0, "no date fell between two points with events that happened by it stored between them");
        var neverReplayed = await reads.StateOnAsync("never-replayed", new DateOnly(2021, 11, 20), CancellationToken.None);
        Assert.Equal((null, null, null), (neverReplayed.Record, neverReplayed.OnOrBefore, neverReplayed.Next));
        Assert.Empty(neverReplayed.HappenedBetween!);
        foreach (var (from, to) in new (long?, long?)[] { (null, null), (1, 1), (5, 40), (60, null), (null, 10) })
        {
            var stored = await session.Events.FetchStreamAsync(record.StreamKey, version: to ?? 0, fromVersion: from ?? 0);
            var read = await reads.EventsAsync(record.StreamKey, from, to, CancellationToken.None);

            Assert.NotNull(read);
            Assert.Equal(stored.Select(e => Json(e.Data)), read.Select(e => Json(e)));
        }
    }

    [Fact]
    public async Task The_uncertainty_reports_read_keeps_every_event_that_can_matter_and_the_horizon_of_the_whole_record()
    {
        var folder = Directory.CreateTempSubdirectory("ttpsim-direct-reads-").FullName;
        try
        {
            var scenarios = ShippedScenarioFiles.Load();
            scenarios.Add(new TtpSim.Scenarios.Loading.ScenarioLoader().LoadFile(TtpSim.Bench.Generation.ScenarioGenerator.Write(folder, 1_000).Path));
            scenarios.Add(WithAPresupposingAct(Baseline));
            var reads = DirectReads.Of(Store);
            var (everyEvent, keptEvents) = (0, 0);
            foreach (var scenario in scenarios)
            {
                var replayed = await Scenarios.ReplayAsync(scenario);
                var stored = await Scenarios.EventsAsync(scenario.Name);
                var (horizon, mayMatter) = await reads.UncertaintyInputsAsync(replayed.StreamKey, CancellationToken.None);

                Assert.NotNull(mayMatter);
                Assert.Equal(Horizon.OfHistory(stored), horizon);
                Assert.Equal(Mattering(stored), Mattering(mayMatter));
                Assert.Subset(stored.Select(e => e.Meta.Id).ToHashSet(), mayMatter.Select(e => e.Meta.Id).ToHashSet());
                (everyEvent, keptEvents) = (everyEvent + stored.Count, keptEvents + mayMatter.Count);
            }

            Assert.True(keptEvents < everyEvent / 2, $"{keptEvents} of {everyEvent} events read for the report");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        // The shipped records presuppose only in events the report reads anyway; here a day-dated act that moves no
        // status presupposes the first event, which alone makes it matter.
        static TtpSim.Scenarios.Loading.Scenario WithAPresupposingAct(TtpSim.Scenarios.Loading.Scenario scenario)
        {
            var first = Timeline.InHistoricalOrder(scenario.Events)[0];
            var events = scenario.Events.ToArray();
            var act = Array.FindIndex(events, e => e.Moves == StatusScope.None && e.Meta.Occurred.Start > first.Meta.Occurred.End
                && e.Meta.Occurred.Start == e.Meta.Occurred.End && e.Meta.DependsOn.IsEmpty && e.Meta.KnownEarliest is null);
            events[act] = events[act] with { Meta = events[act].Meta with { DependsOn = [first.Meta.Id] } };
            return Reordered(scenario, "presupposing", events);
        }

        static List<string> Mattering(IEnumerable<NegotiationEvent> events) =>
            [.. events.Where(e => !e.Meta.IsDerived && TtpSim.Domain.Uncertainty.DateUncertainty.CanMatter(e)).Select(e => e.Meta.Id)];
    }

    [Fact]
    public async Task A_change_points_columns_hold_what_its_JSON_holds_whether_replay_or_Marten_wrote_it()
    {
        await Scenarios.ReplayAsync(Baseline);
        Assert.Equal((true, 0L), await PointsAndDisagreementsAsync());

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(StateTimelineProjection.Name, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal((true, 0L), await PointsAndDisagreementsAsync());
    }

    private async Task<(bool Any, long Disagreeing)> PointsAndDisagreementsAsync()
    {
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand(
            $"""
            select count(*), count(*) filter (where {ChangePointColumns.EventsApplied} is distinct from (data -> 'state' ->> 'eventsApplied')::int
                or {ChangePointColumns.PrecededByStoredRange} is distinct from (data ->> 'precededByStoredRange')::boolean
                or {ChangePointColumns.StreamKey} is distinct from data ->> 'streamKey'
                or {ChangePointColumns.Date} is distinct from (data ->> 'date')::date)
            from {Store.Options.DatabaseSchemaName}.mt_doc_statechangepoint
            """,
            connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0) > 0, reader.GetInt64(1));
    }

    private static IEnumerable<DateOnly> DatesAroundEveryChange(IEnumerable<NegotiationEvent> events) =>
        Timeline.ChangePoints(events).Select(p => p.Date)
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Append(new DateOnly(1990, 1, 1))
            .Distinct()
            .Order();
}
