using System.CommandLine;
using TtpSim.Cli.Output;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Cli.Commands;

public static class StateCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "Scenario name, e.g. baseline-2021-22", Required = true };
        var at = new Option<string>("--at") { Description = "The historical date, yyyy-mm-dd", Required = true };
        var knownAsOf = new Option<string?>("--known-as-of") { Description = "Show only what the public knew by this date (default: everything known)" };
        var format = OutputFormats.Option();
        var command = new Command("state", "The negotiation state on a historical date.\n\n"
            + "Example: ./ttpsim state --scenario baseline-2021-22 --at 2021-11-20 --format json")
        {
            scenario, at, knownAsOf, format,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            StartupMarks.Mark("command line parsed");
            var name = parse.GetRequiredValue(scenario);
            var day = Dates.ParseDay(parse.GetRequiredValue(at), "--at")!.Value;
            var known = Dates.ParseDay(parse.GetValue(knownAsOf), "--known-as-of");
            await using var store = await StoreSession.OpenForReadingAsync();
            StartupMarks.Mark("database found");
            var snapshot = await store.Scenarios.SnapshotAtAsync(name, day, known, cancellation);
            StartupMarks.Mark("snapshot read");
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                // One snapshot and exit: written without the serializer's metadata, which would be JIT-compiled (SnapshotJsonWriter).
                output.WriteLine(SnapshotJsonWriter.Serialize(snapshot));
            }
            else
            {
                StateTable.Write(output, snapshot);
            }

            StartupMarks.Mark("written");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
