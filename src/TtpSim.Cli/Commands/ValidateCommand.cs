using System.CommandLine;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The scenario file to check" };
        var command = new Command("validate", "Check a scenario file (and the scenarios it is based on) without touching the store.\n\n"
            + "Example: ./ttpsim validate scenarios/ttp-extends-ceasefire.yaml") { file };
        command.SetAction(parse => CommandRunner.Run(parse.InvocationConfiguration.Error, () =>
        {
            var loaded = new ScenarioLoader().LoadForReplay(parse.GetRequiredValue(file).FullName);
            if (loaded is StreamedScenario streamed)
            {
                parse.InvocationConfiguration.Output.WriteLine(
                    $"{streamed.File}: valid; scenario {streamed.Name}, {streamed.EventCount} events ({streamed.Derived.Length} derived by the rules), a history of its own");
                return ExitCodes.Ok;
            }

            var scenario = (Scenario)loaded;
            var origin = scenario.BasedOn is null
                ? "a history of its own"
                : $"based on {scenario.BasedOn} from {scenario.DivergesFrom}: {Describe(scenario.Changes)}";
            parse.InvocationConfiguration.Output.WriteLine($"{scenario.File}: valid; scenario {scenario.Name}, {scenario.Events.Length} events, {origin}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static string Describe(IEnumerable<ScenarioChange> changes)
    {
        var counts = changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}").ToList();
        return counts.Count == 0 ? "no changes" : string.Join(", ", counts);
    }
}
