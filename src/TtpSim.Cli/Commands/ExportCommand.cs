using System.CommandLine;
using System.Text;
using TtpSim.Reports.Exports;

namespace TtpSim.Cli.Commands;

public static class ExportCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "Scenario name, e.g. baseline-2021-22", Required = true };
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "csv, jsonl (a JSON object per event) or plover (PLOVER-style records)",
            Required = true,
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write a replayed scenario's events in historical order, for other tools.\n\n"
            + "Examples:\n  ./ttpsim export --scenario baseline-2021-22 --format csv --out baseline.csv\n"
            + "  ./ttpsim export --scenario baseline-2021-22 --format plover > baseline.plover.jsonl")
        {
            scenario, format, output,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var name = parse.GetRequiredValue(scenario);
            await using var store = await StoreSession.OpenForReadingAsync();
            var events = await store.Scenarios.EventsAsync(name, cancellation);
            if (parse.GetValue(output) is { } file)
            {
                file.Directory?.Create();
                await using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                EventExport.Write(writer, parse.GetRequiredValue(format), name, events);
                parse.InvocationConfiguration.Output.WriteLine($"wrote {events.Count} events to {file.FullName}");
            }
            else
            {
                EventExport.Write(parse.InvocationConfiguration.Output, parse.GetRequiredValue(format), name, events);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
