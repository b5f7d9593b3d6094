using System.CommandLine;
using TtpSim.Cli.Output;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The scenario file (.yaml or .jsonl), e.g. scenarios/baseline-2021-22.yaml" };
        // Hidden: only the bench's generated histories are larger than the 8 MiB a hand-written file may be.
        var maxFileMib = new Option<int?>("--max-file-mib") { Hidden = true };
        var command = new Command("replay", "Load a scenario file and append its events to the store in one transaction.\n"
            + "Replaying an unchanged file changes nothing; an edited file replaces that scenario's events.\n\n"
            + "Example: ./ttpsim replay scenarios/baseline-2021-22.yaml") { file, maxFileMib };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var path = parse.GetRequiredValue(file);
            var result = await ProgressBar.RunAsync(parse.InvocationConfiguration.Output, $"reading {path.Name}", 3, async progress =>
            {
                var limit = parse.GetValue(maxFileMib) is { } mib and > 0 ? mib * 1024L * 1024L : ScenarioLoader.DefaultMaxFileBytes;
                var loader = new ScenarioLoader(limit);

                // A .jsonl history is checked as it is stored (a bad line rolls the transaction back); the rest is loaded first.
                var onePass = loader.OpenForOnePassReplay(path.FullName);
                var scenario = onePass is null ? loader.LoadForReplay(path.FullName) : null;
                progress.Advance();
                progress.Describe("opening the store");
                await using var store = await StoreSession.OpenForWritingAsync();
                progress.Advance();
                progress.Describe(scenario is null ? "checking and writing its events in one transaction" : $"writing {scenario.EventCount} events in one transaction");
                var replayed = onePass is not null
                    ? await store.Scenarios.ReplayAsync(onePass, cancellation)
                    : await store.Scenarios.ReplayAsync(scenario!, cancellation);
                progress.Advance();
                return replayed;
            });
            var what = result.Outcome switch
            {
                Storage.Replay.ReplayOutcome.Appended => $"appended {result.Events} events",
                Storage.Replay.ReplayOutcome.Replaced => $"replaced its stored events with {result.Events} events from the file",
                _ => $"unchanged ({result.Events} events already stored)",
            };
            parse.InvocationConfiguration.Output.WriteLine($"{result.Scenario}: {what}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
