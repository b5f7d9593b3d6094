using System.CommandLine;
using TtpSim.Cli.Output;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;

namespace TtpSim.Cli.Commands;

public static class TimelineCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "Scenario name, e.g. baseline-2021-22", Required = true };
        var format = OutputFormats.Option();
        var command = new Command("timeline", "Every event of a replayed scenario in historical order, with its date, precision and sources.\n"
            + "A line marks where the record ends: the last day its sources were published.\n\n"
            + "Example: ./ttpsim timeline --scenario baseline-2021-22 --format json")
        {
            scenario, format,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            await using var store = await StoreSession.OpenForReadingAsync();
            var events = await store.Scenarios.EventsAsync(parse.GetRequiredValue(scenario), cancellation);
            var entries = TimelineView.Build(events);
            var recordEnds = Horizon.OfHistory(events);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(TimelineJson.Serialize(entries, recordEnds));
            }
            else
            {
                TimelineTable.Write(output, entries, recordEnds);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
