using System.CommandLine;
using System.Text;
using TtpSim.Reports.Exports;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class ExportCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "Scenario name, e.g. baseline-2021-22", Required = true };
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "csv, jsonl (the .jsonl scenario format: replays as a scenario), records (a JSON object per event, derived ones too) or plover (PLOVER-style records)",
            Required = true,
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write a replayed scenario's events in historical order, for other tools.\n\n"
            + "Examples:\n  ./ttpsim export --scenario baseline-2021-22 --format csv --out baseline.csv\n"
            + "  ./ttpsim export --scenario baseline-2021-22 --format jsonl --out copy-of-baseline.jsonl   # replays as copy-of-baseline\n"
            + "  ./ttpsim export --scenario baseline-2021-22 --format plover > baseline.plover.jsonl")
        {
            scenario, format, output,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var name = parse.GetRequiredValue(scenario);
            await using var store = await StoreSession.OpenForReadingAsync();
            var events = await store.Scenarios.EventsAsync(name, cancellation);
            if (parse.GetRequiredValue(format) == ExportFormat.Jsonl)
            {
                // A scenario's name must match its file's, so an export to a file is named after the file.
                var record = (await store.Scenarios.FindAsync(name, cancellation))!;
                var target = parse.GetValue(output);
                var exported = target is null ? name : Path.GetFileNameWithoutExtension(target.Name);
                if (!ScenarioLoader.IsScenarioName(exported))
                {
                    throw new UsageException($"'{target!.Name}': a .jsonl scenario's file is named after it (lower-case letters, digits and '-', then .jsonl)");
                }

                if (target is null)
                {
                    using var text = new MemoryStream();
                    JsonLinesWriter.Write(text, exported, record.Title, record.Question, [.. events]);
                    parse.InvocationConfiguration.Output.Write(Encoding.UTF8.GetString(text.ToArray()));
                }
                else
                {
                    target.Directory?.Create();
                    await using var stream = File.Create(target.FullName);
                    var written = JsonLinesWriter.Write(stream, exported, record.Title, record.Question, [.. events]);
                    parse.InvocationConfiguration.Output.WriteLine($"wrote {written} recorded events to {target.FullName} (scenario {exported}; the rules derive the rest on replay)");
                }

                return ExitCodes.Ok;
            }

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
