using TtpSim.Bench.Generation;
using TtpSim.Scenarios.Import;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The <c>.jsonl</c> path at one size: the generated history as JSON Lines, checked (streamed) and replayed in
/// process against a raw COPY of the same rows; the peak memory of a child <c>replay FILE.jsonl</c>; and
/// <c>import ucdp-ged</c> of a generated GED-shaped file of as many rows.
/// </summary>
public static class JsonLinesMeasurement
{
    public sealed record Result(
        int Events,
        long FileBytes,
        bool CheckedInOnePass,
        Rate Check,
        Rate Store,
        Rate ReplayPath,
        Rate RawCopy,
        double AppendVsCopy,
        double ReplayPeakMemoryMb,
        Rate Import,
        long ImportFileBytes);

    public static async Task<Result> RunAsync(string connectionString, string cliDll, GeneratedScenario yaml, string folder, CancellationToken cancellation)
    {
        var generated = JsonLinesConversion.Write(yaml, folder);
        await BenchSchemas.DropAsync(connectionString, [BenchSchemas.JsonLines, BenchSchemas.RawCopy, BenchSchemas.PeakMemory], cancellation);
        StreamedScenario scenario;
        TimeSpan checking, storing;
        await using (var store = TtpSimStore.Create(connectionString, BenchSchemas.JsonLines))
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            (scenario, checking) = await Timed.RunAsync(() => Task.FromResult((StreamedScenario)new ScenarioLoader().LoadForReplay(generated.Path)));
            storing = await Timed.ElapsedAsync(() => new ScenarioRepository(store).ReplayAsync(scenario, cancellation));
        }

        Rate copy;
        await using (var store = TtpSimStore.Create(connectionString, BenchSchemas.JsonLines))
        {
            var rows = StoredRows.For(store, [.. scenario.EventsInHistoricalOrder()]);
            copy = await RawCopyMeasurement.RunAsync(connectionString, BenchSchemas.JsonLines, BenchSchemas.RawCopy, rows, cancellation);
        }

        await BenchSchemas.DropAsync(connectionString, [BenchSchemas.JsonLines, BenchSchemas.RawCopy], cancellation);
        var peak = await PeakMemoryMeasurement.RunAsync(new CliChild(cliDll, BenchSchemas.PeakMemory), generated.Path, yaml.RecordedEvents, cancellation);
        File.Delete(generated.Path);

        var ged = GedGenerator.Write(folder, yaml.RecordedEvents);
        var gedBytes = new FileInfo(ged).Length;
        var imported = Path.Combine(folder, "ged-bench.jsonl");
        var (rowsImported, importing) = await Timed.RunAsync(() => Task.FromResult(UcdpGedImport.Convert(ged, imported, "ged-bench", new UcdpGedFilter(null, null))));
        File.Delete(ged);
        File.Delete(imported);

        var check = Rate.Of(scenario.EventCount, checking);
        var stored = Rate.Of(scenario.EventCount, storing);
        var total = check + stored;
        return new Result(
            yaml.RecordedEvents,
            generated.FileBytes,
            scenario.InFileOrder,
            check,
            stored,
            total,
            copy,
            copy.PerSecond == 0 ? 0 : total.PerSecond / copy.PerSecond,
            peak.PeakMb,
            Rate.Of(rowsImported, importing),
            gedBytes);
    }
}
