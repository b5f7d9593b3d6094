using System.CommandLine;
using Spectre.Console;
using TtpSim.Cli.Output;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;

namespace TtpSim.Cli.Commands;

public sealed record ScenarioListing(string File, string? Name, string? Title, string? BasedOn, int? Events, bool Valid, string? Error, string Store);

public static class ScenariosCommand
{
    public static Command Create()
    {
        var folder = ScenarioFolder.Option();
        var format = OutputFormats.Option();
        var command = new Command("scenarios", "List the scenario files, whether each is valid, and whether it is replayed and current in the store.\n\n"
            + "Example: ./ttpsim scenarios") { folder, format };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var directory = ScenarioFolder.From(parse, folder);
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"no scenarios folder at {directory}");
            }

            await using var store = await StoreSession.OpenForReadingAsync();
            var replayed = (await store.Scenarios.ListAsync(cancellation)).ToDictionary(r => r.Id, StringComparer.Ordinal);
            var loader = new ScenarioLoader();
            var listings = new List<ScenarioListing>();
            var ambiguous = ScenarioFiles.Ambiguous(directory).ToDictionary(a => a.Name, a => a.Files, StringComparer.Ordinal);
            foreach (var file in ScenarioFiles.In(directory))
            {
                try
                {
                    if (ambiguous.TryGetValue(Path.GetFileNameWithoutExtension(file), out var rivals))
                    {
                        throw new ScenarioException(new ScenarioError(Path.GetFileName(file), 0, 0, null,
                            new AmbiguousScenarioFileException(Path.GetFileNameWithoutExtension(file), directory, rivals).Message));
                    }

                    var scenario = Listed(loader, file);
                    var status = StoredScenario.StatusOf(replayed.GetValueOrDefault(scenario.Name), scenario.Fingerprint) switch
                    {
                        StoredScenarioStatus.NotReplayed => "not replayed",
                        StoredScenarioStatus.Current => "replayed, current",
                        StoredScenarioStatus.FileChanged => "replayed, out of date (replay it again)",
                        StoredScenarioStatus.EarlierLayout => "replayed by an earlier TtpSim, out of date (replay it again)",
                        var other => throw new InvalidOperationException($"no wording for {other}"),
                    };
                    listings.Add(new ScenarioListing(Path.GetFileName(file), scenario.Name, scenario.Title, scenario.BasedOn, scenario.EventCount, true, null, status));
                }
                catch (ScenarioException e)
                {
                    var name = Path.GetFileNameWithoutExtension(file);
                    listings.Add(new ScenarioListing(Path.GetFileName(file), name, null, null, null, false, e.Error.ToString(), replayed.ContainsKey(name) ? "replayed earlier" : "not replayed"));
                }
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(SnapshotJson.Serialize(listings));
                return ExitCodes.Ok;
            }

            var console = Terminal.Over(output);
            var table = new Table().Border(TableBorder.Simple).Expand();
            foreach (var column in new[] { "scenario", "based on", "events", "file", "store" })
            {
                table.AddColumn(column);
            }

            foreach (var l in listings)
            {
                table.AddRow(
                    Markup.Escape(l.Name ?? l.File),
                    Markup.Escape(l.BasedOn ?? ""),
                    Markup.Escape(l.Events?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                    Markup.Escape(l.Valid ? "valid" : "INVALID"),
                    Markup.Escape(l.Store));
            }

            console.Write(table);
            foreach (var invalid in listings.Where(l => !l.Valid))
            {
                console.MarkupLine(Markup.Escape(invalid.Error!));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record ListedScenario(string Name, string Title, string? BasedOn, int EventCount, string Fingerprint);

    /// <summary>
    /// A file as the listing needs it. A <c>.jsonl</c> file is checked the way replay reads it, so a history of
    /// its own streams whatever its size and a large export or import is listed, never refused for its size.
    /// </summary>
    private static ListedScenario Listed(ScenarioLoader loader, string file)
    {
        var scenario = JsonLinesScenario.IsJsonLines(file) ? loader.LoadForReplay(file) : loader.LoadFile(file);
        return new ListedScenario(scenario.Name, scenario.Title, (scenario as Scenario)?.BasedOn, scenario.EventCount, scenario.Fingerprint);
    }
}
