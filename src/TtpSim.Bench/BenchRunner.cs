using Marten;
using TtpSim.Bench.Generation;
using TtpSim.Bench.Measurements;
using TtpSim.Bench.Reporting;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;

namespace TtpSim.Bench;

/// <summary>
/// Runs every measurement: per generated size, the append paths, the rebuild paths and state queries; once,
/// the simulation, the cold start and the peak memory of replaying the largest file. Generated files live in
/// a folder of their own under the system's temporary folder and the bench's schemas are dropped, whatever happens.
/// </summary>
public static class BenchRunner
{
    private const int StepsPerSize = 8;

    public static async Task<BenchReport> RunAsync(BenchOptions options, IBenchProgress progress, CancellationToken cancellation)
    {
        var sizes = options.Sizes.Order().Distinct().ToArray();
        if (sizes.Length == 0 || sizes[0] < 1)
        {
            throw new ArgumentException("the sizes must be one or more positive event counts", nameof(options));
        }

        progress.Begin((sizes.Length * StepsPerSize) + 5);
        var machine = await MachineInfo.ReadAsync(options.ConnectionString, cancellation);
        var folder = Path.Combine(Path.GetTempPath(), $"ttpsim-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            await BenchSchemas.DropAsync(options.ConnectionString, BenchSchemas.All, cancellation);
            var results = new List<SizeResult>();
            PeakMemoryMeasurement.Result? peak = null;
            JsonLinesMeasurement.Result? jsonl = null;
            foreach (var size in sizes)
            {
                var generated = ScenarioGenerator.Write(folder, size, options.Seed);
                results.Add(await MeasureSizeAsync(options, generated, progress, cancellation));
                if (size == sizes[^1])
                {
                    progress.Step($"replaying {size} events in a child process, watching its memory");
                    peak = await PeakMemoryMeasurement.RunAsync(new CliChild(options.CliDll, BenchSchemas.PeakMemory), generated.Path, size, cancellation);
                    progress.Step($"{size} events as .jsonl: check, replay, peak memory; import ucdp-ged of {size} rows");
                    jsonl = await JsonLinesMeasurement.RunAsync(options.ConnectionString, options.CliDll, generated, folder, cancellation);
                }

                File.Delete(generated.Path);
            }

            progress.Step($"simulation: {options.SimulationRuns} runs");
            var simulation = SimulationMeasurement.Run(options.ScenariosFolder, options.SimulationRuns, options.Seed);
            progress.Step($"cold start: {options.ColdStartRuns} state processes");
            var coldStart = await MeasureColdStartAsync(options, cancellation);
            progress.Step("cleaning up");
            return Report(results, simulation, coldStart, peak!, machine with { LoadAverageAtEnd = MachineInfo.LoadAverage() }) with { Jsonl = jsonl };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await BenchSchemas.DropAsync(options.ConnectionString, BenchSchemas.All, CancellationToken.None);
        }
    }

    /// <summary>Only the .jsonl path and the import, at one size: for measuring them without the whole bench.</summary>
    public static async Task<JsonLinesMeasurement.Result> RunJsonLinesAsync(BenchOptions options, int size, CancellationToken cancellation)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ttpsim-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var generated = ScenarioGenerator.Write(folder, size, options.Seed);
            return await JsonLinesMeasurement.RunAsync(options.ConnectionString, options.CliDll, generated, folder, cancellation);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await BenchSchemas.DropAsync(options.ConnectionString, BenchSchemas.All, CancellationToken.None);
        }
    }

    private static async Task<SizeResult> MeasureSizeAsync(BenchOptions options, GeneratedScenario generated, IBenchProgress progress, CancellationToken cancellation)
    {
        var size = generated.RecordedEvents;
        await BenchSchemas.DropAsync(options.ConnectionString, [BenchSchemas.Replay, BenchSchemas.BulkInsert, BenchSchemas.RawCopy], cancellation);
        await using var store = await OpenAsync(options.ConnectionString, BenchSchemas.Replay, cancellation);
        var measured = await MeasureStoringAsync(options, store, generated, progress, cancellation);

        // A state query's process never holds the whole file: the loaded events and their rows, gone once the store
        // is measured, are collected before the queries, so their collections do not land on the queries' time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        progress.Step($"{size} events: state queries");
        var state = await StateQueryMeasurement.RunAsync(new ScenarioRepository(store), measured.Scenario, ScenarioGenerator.SpanStart, ScenarioGenerator.SpanEnd, options.Seed, cancellation);

        progress.Step($"{size} events: done");
        return measured.WithStateQueries(state);
    }

    /// <summary>Every measurement of one size but the state queries: the scenario stored, and its result given those.</summary>
    private static async Task<(string Scenario, Func<StateQueryMeasurement.Result, SizeResult> WithStateQueries)> MeasureStoringAsync(BenchOptions options, DocumentStore store, GeneratedScenario generated, IBenchProgress progress, CancellationToken cancellation)
    {
        var size = generated.RecordedEvents;
        await using var bulkStore = await OpenAsync(options.ConnectionString, BenchSchemas.BulkInsert, cancellation);

        progress.Step($"{size} events: load and replay (the replay path)");
        var replay = await ReplayPathMeasurement.RunAsync(store, generated.Path, cancellation);
        var events = replay.Scenario.Events;
        var streamKey = ScenarioRecord.StreamKeyFor(replay.Scenario.Name, replay.Scenario.Fingerprint);

        progress.Step($"{size} events: Marten bulk insert");
        var bulk = await BulkInsertMeasurement.RunAsync(bulkStore, streamKey, events, cancellation);

        progress.Step($"{size} events: raw binary COPY");
        var rows = StoredRows.For(store, events);
        var copy = await RawCopyMeasurement.RunAsync(options.ConnectionString, BenchSchemas.Replay, BenchSchemas.RawCopy, rows, cancellation);

        progress.Step($"{size} events: projection rebuild");
        var rebuild = await RebuildMeasurement.RunAsync(store, events.Length, cancellation);

        progress.Step($"{size} events: in-memory fold");
        var fold = FoldMeasurement.Run(events);

        progress.Step($"{size} events: raw read and deserialisation");
        var read = await RawReadMeasurement.RunAsync(store, options.ConnectionString, BenchSchemas.Replay, streamKey, rows, cancellation);

        // One change point a date in the pure fold: counting the dates gives it without folding again.
        var changePoints = events.Select(e => e.Meta.Occurred.Start).Distinct().Count();
        var (stored, fileBytes, load, replayed, path) = (events.Length, generated.FileBytes, replay.Load, replay.Replay, replay.Total);
        var ratios = Ratios.Of(path, replayed, copy, rebuild, fold, read);
        return (replay.Scenario.Name, state => new SizeResult(size, stored, fileBytes, changePoints, load, replayed, path, bulk, copy, rebuild, fold, read, state, ratios));
    }

    private static async Task<ColdStartMeasurement.Result> MeasureColdStartAsync(BenchOptions options, CancellationToken cancellation)
    {
        await using (var store = await OpenAsync(options.ConnectionString, BenchSchemas.ColdStart, cancellation))
        {
            var baseline = new ScenarioLoader().LoadFile(Path.Combine(options.ScenariosFolder, ColdStartMeasurement.Scenario + ".yaml"));
            await new ScenarioRepository(store).ReplayAsync(baseline, cancellation);
        }

        return await ColdStartMeasurement.RunAsync(new CliChild(options.CliDll, BenchSchemas.ColdStart), options.ColdStartRuns, cancellation);
    }

    /// <summary>A store on the bench's schema with its tables made before any clock starts.</summary>
    private static async Task<DocumentStore> OpenAsync(string connectionString, string schema, CancellationToken cancellation)
    {
        var store = TtpSimStore.Create(connectionString, schema);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    private static BenchReport Report(List<SizeResult> sizes, Rate simulation, ColdStartMeasurement.Result coldStart, PeakMemoryMeasurement.Result peak, MachineInfo machine)
    {
        var largest = sizes[^1];
        var tenThousandRunsMs = simulation.PerSecond == 0 ? 0 : 10_000 / simulation.PerSecond * 1000;
        return new BenchReport(
            largest.Ratios,
            largest.StateQuery.P50Ms,
            largest.StateQuery.P99Ms,
            coldStart.MedianMs,
            simulation.PerSecond,
            tenThousandRunsMs,
            peak.PeakMb,
            sizes,
            Goals.For(largest.Ratios, largest.Events, largest.StateQuery.P50Ms, coldStart.MedianMs, tenThousandRunsMs, peak.PeakMb),
            simulation,
            coldStart,
            peak,
            machine,
            Notes(simulation));
    }

    private static List<string> Notes(Rate simulation) =>
    [
        "Rates count stored events: the file's recorded events plus what the rules derive (truce violations, demands partly met).",
        "replayPath = ScenarioLoader.LoadFile + ScenarioRepository.ReplayAsync (one transaction, inline state-timeline projection); load and replay are also given apart.",
        "bulkInsert = IDocumentStore.BulkInsertEventsAsync (COPY ... FROM STDIN BINARY) of the same events as one stream, into its own schema; no inline projection.",
        "rawCopy = NpgsqlConnection.BeginBinaryImport of the same rows (Marten's JSON bodies, type names, mt_events' columns) into a scratch table like mt_events; rows serialised to UTF-8 (as replay sends them) before timing.",
        "rebuild = IDocumentStore.BuildProjectionDaemonAsync() then IProjectionDaemon.RebuildProjectionAsync(\"state-timeline\", shardTimeout, token).",
        "fold = Timeline.ChangePoints over the loaded events (historical sort + NegotiationFold.Evolve), in memory; the fastest of repeated runs at small sizes.",
        "rawRead = Npgsql reader over mt_events (type, data) of the stream + Marten's System.Text.Json serializer (store settings) per row; not session.Events.FetchStreamAsync.",
        "stateQuery = ScenarioRepository.StateAtAsync + SnapshotBuilder.Build + SnapshotJson.Serialize at seeded random dates in 2021-01-01..2030-12-31 (200 queries, at least 30 when slow).",
        $"simulation = Simulator.Run of futures-after-may-2022 over its own horizon, {simulation.Count} runs after a warm-up of {SimulationMeasurement.WarmUpRuns}, the fastest of {SimulationMeasurement.TimedBatches} such batches (the first runs while the JIT re-compiles the hot methods); simulation10kRunsMs is 10,000 runs at the measured rate.",
        "coldStartMs = median wall time of whole `dotnet ttpsim.dll state --scenario baseline-2021-22 --at 2021-11-20 --format json` processes, same TTPSIM_HOME/TTPSIM_CONNECTION, bench schema.",
        "Marten 9 generates no code at run time (the Roslyn code generation, JasperFx.RuntimeCompiler, was removed in Marten 9.0: marten PR #4461), so there is no runtime-generated versus pre-generated pair: coldStartMs is one figure.",
        "jsonl = the largest size as a .jsonl file (same events): check = the streamed loader's passes, store = ScenarioRepository.ReplayAsync reading the file again as it COPYs, appendVsCopy = (check + store) against raw COPY of the same rows; replayPeakMemoryMb of a child `replay FILE.jsonl`; import = UcdpGedImport.Convert of a generated GED-shaped CSV of as many rows.",
        "replayPeakMemoryMb = the largest VmHWM (/proc/<pid>/status, polled every 20 ms) of a child `dotnet ttpsim.dll replay FILE` of the largest generated file.",
    ];
}
