using System.CommandLine;
using System.Globalization;
using TtpSim.Bench;
using TtpSim.Bench.Reporting;
using TtpSim.Cli.Output;
using TtpSim.Storage.Database;

namespace TtpSim.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "Stop at 10^5 events (about three minutes) instead of 10^6" };
        var sizes = new Option<string?>("--sizes") { Description = "Event counts to generate, e.g. 1000,10000 (default: 10^3 to 10^6)" };
        var format = OutputFormats.Option();
        var outFile = new Option<FileInfo?>("--out") { Description = "Also write the JSON to this file" };
        var plot = new Option<FileInfo?>("--plot") { Description = "Write a log-log PNG of cost per event against history size" };
        var folder = ScenarioFolder.Option();
        var simulationRuns = new Option<int>("--simulation-runs") { Description = "Simulation runs to time", DefaultValueFactory = _ => BenchOptions.DefaultSimulationRuns, Hidden = true };
        // Hidden: measures only the .jsonl path and import ucdp-ged at the largest size, and prints their JSON.
        var jsonlOnly = new Option<bool>("--jsonl-only") { Hidden = true };
        var coldStartRuns = new Option<int>("--cold-start-runs") { Description = "state processes to time", DefaultValueFactory = _ => BenchOptions.DefaultColdStartRuns, Hidden = true };
        var command = new Command("bench", "Time TtpSim on generated histories of 10^3 to 10^6 events, each figure beside its physical limit:\n"
            + "append (replay path vs Marten bulk insert vs raw COPY), projection rebuild vs fold vs raw read,\n"
            + "state-at-a-date latency, simulation runs, cold start and the peak memory of a replay.\n"
            + "Works in schemas of its own (ttpsim_bench*), dropped afterwards; never touches your scenarios.\n\n"
            + "Example: ./ttpsim bench --quick --format json --out bench.json --plot bench.png")
        {
            quick, sizes, format, outFile, plot, folder, simulationRuns, coldStartRuns, jsonlOnly,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var chosen = ParseSizes(parse.GetValue(sizes)) ?? (parse.GetValue(quick) ? BenchOptions.QuickSizes : BenchOptions.FullSizes);
            var runs = parse.GetValue(simulationRuns);
            var coldRuns = parse.GetValue(coldStartRuns);
            if (runs < 1 || coldRuns < 1)
            {
                throw new UsageException("--simulation-runs and --cold-start-runs must be 1 or more");
            }

            var options = new BenchOptions(
                chosen,
                await DatabaseLocator.ResolveAsync(),
                ScenarioFolder.From(parse, folder),
                Path.Combine(AppContext.BaseDirectory, "ttpsim.dll"),
                runs,
                coldRuns);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(jsonlOnly))
            {
                var measured = await BenchRunner.RunJsonLinesAsync(options, chosen.Max(), cancellation);
                var text = System.Text.Json.JsonSerializer.Serialize(new { jsonl = measured }, BenchJson.Options);
                if (parse.GetValue(outFile) is { } only)
                {
                    await File.WriteAllTextAsync(only.FullName, text + "\n", cancellation);
                }

                output.WriteLine(text);
                return ExitCodes.Ok;
            }

            var report = await ProgressBar.RunAsync(output, "bench", 1, progress => BenchRunner.RunAsync(options, new BenchProgress(progress), cancellation));
            var json = BenchJson.Serialize(report);
            if (parse.GetValue(outFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json + "\n", cancellation);
            }

            if (parse.GetValue(plot) is { } png)
            {
                CostPlot.Save(report, png.FullName);
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(json);
            }
            else
            {
                BenchTable.Write(output, report);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int[]? ParseSizes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                throw new UsageException($"--sizes: '{part}' is not a positive whole number of events");
            }

            sizes.Add(size);
        }

        return [.. sizes];
    }

    /// <summary>The bench's steps on the command's progress bar.</summary>
    private sealed class BenchProgress(IWorkProgress bar) : IBenchProgress
    {
        private bool started;

        public void Begin(int steps) => bar.Start("bench", steps);

        public void Step(string description)
        {
            if (started)
            {
                bar.Advance();
            }

            started = true;
            bar.Describe(description);
        }
    }
}
