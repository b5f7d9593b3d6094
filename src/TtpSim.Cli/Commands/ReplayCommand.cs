using System.CommandLine;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The scenario file, e.g. scenarios/baseline-2021-22.yaml" };
        var command = new Command("replay", "Load a scenario file and append its events to the store in one transaction.\n"
            + "Replaying an unchanged file changes nothing; an edited file replaces that scenario's events.\n\n"
            + "Example: ./ttpsim replay scenarios/baseline-2021-22.yaml") { file };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var scenario = new ScenarioLoader().LoadFile(parse.GetRequiredValue(file).FullName);
            await using var store = await StoreSession.OpenAsync();
            var result = await store.Scenarios.ReplayAsync(scenario, cancellation);
            var what = result.Outcome switch
            {
                Storage.Replay.ReplayOutcome.Appended => $"appended {result.Events} events",
                Storage.Replay.ReplayOutcome.Replaced => $"replaced its events with {result.Events} events from the edited file",
                _ => $"unchanged ({result.Events} events already stored)",
            };
            parse.InvocationConfiguration.Output.WriteLine($"{result.Scenario}: {what}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
