using System.CommandLine;
using Spectre.Console;
using TtpSim.Cli.Output;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;

namespace TtpSim.Cli.Commands;

public sealed record ScenarioListing(string File, string? Name, string? Title, string? BasedOn, int? Events, bool Valid, string? Error, string Store);

public static class ScenariosCommand
{
    public static Command Create()
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "The scenarios folder (default: TTPSIM_SCENARIOS, or ./scenarios)" };
        var format = OutputFormats.Option();
        var command = new Command("scenarios", "List the scenario files, whether each is valid, and whether it is replayed and current in the store.\n\n"
            + "Example: ./ttpsim scenarios") { folder, format };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var directory = parse.GetValue(folder)?.FullName ?? ScenarioFolder.Default();
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"no scenarios folder at {directory}");
            }

            await using var store = await StoreSession.OpenForReadingAsync();
            var replayed = (await store.Scenarios.ListAsync(cancellation)).ToDictionary(r => r.Id, StringComparer.Ordinal);
            var loader = new ScenarioLoader();
            var listings = new List<ScenarioListing>();
            foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
            {
                try
                {
                    var scenario = loader.LoadFile(file);
                    var status = StoredScenario.StatusOf(replayed.GetValueOrDefault(scenario.Name), scenario) switch
                    {
                        StoredScenarioStatus.NotReplayed => "not replayed",
                        StoredScenarioStatus.Current => "replayed, current",
                        StoredScenarioStatus.FileChanged => "replayed, out of date (replay it again)",
                        StoredScenarioStatus.EarlierLayout => "replayed by an earlier TtpSim, out of date (replay it again)",
                        var other => throw new InvalidOperationException($"no wording for {other}"),
                    };
                    listings.Add(new ScenarioListing(Path.GetFileName(file), scenario.Name, scenario.Title, scenario.BasedOn, scenario.Events.Length, true, null, status));
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
}
