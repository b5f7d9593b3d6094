using TtpSim.Bench.Generation;
using TtpSim.Scenarios.Import;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The <c>.jsonl</c> path at one size: the generated history as JSON Lines, replayed in process as <c>replay</c>
/// does (opened, then checked as it is stored, in one pass when it is in historical order: "check" is then only
/// the header and the hash of the file's bytes) against a raw COPY of the same rows; the peak memory of a child <c>replay FILE.jsonl</c>; and
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
        IOnePassReplaySource opened;
        ReplayResult replayed;
        TimeSpan checking, storing;
        await using (var store = TtpSimStore.Create(connectionString, BenchSchemas.JsonLines))
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

            // "Check" is now only the header and the hash of the file's bytes; the events are checked as they are stored.
            (opened, checking) = await Timed.RunAsync(() => Task.FromResult(new ScenarioLoader().OpenForOnePassReplay(generated.Path)
                ?? throw new InvalidOperationException("the generated history is not a .jsonl history of its own")));
            (replayed, storing) = await Timed.RunAsync(() => new ScenarioRepository(store).ReplayAsync(opened, cancellation));
        }

        Rate copy;
        var scenario = (StreamedScenario)new ScenarioLoader().LoadForReplay(generated.Path);
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

        var check = Rate.Of(replayed.Events, checking);
        var stored = Rate.Of(replayed.Events, storing);
        var total = check + stored;
        return new Result(
            yaml.RecordedEvents,
            generated.FileBytes,
            replayed.CheckedAsStored,
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
