using System.CommandLine;
using Spectre.Console;
using TtpSim.Cli.Output;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Simulation.Estimation;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Simulation;

namespace TtpSim.Cli.Commands;

public static class SimulateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario with a simulation: section, by name or path, e.g. futures-after-may-2022" };
        var runs = new Option<int>("--runs", "-n") { Description = "How many futures to run", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same output, byte for byte", DefaultValueFactory = _ => 1 };
        var until = new Option<string?>("--until") { Description = "Last day to simulate (default: the scenario's own)" };
        var save = new Option<string?>("--save") { Description = "Store the definition and summary in the event store under this name" };
        var folder = ScenarioFolder.Option();
        var format = OutputFormats.Option();
        var command = new Command("simulate", "Run N seeded futures of a scenario in memory, with the same rules as replay, and summarise them week by week.\n"
            + "A transparent what-if engine under the assumptions in the file, not a forecast of the real conflict.\n\n"
            + "Examples:\n  ./ttpsim simulate futures-after-may-2022 --runs 10000 --seed 7\n"
            + "  ./ttpsim simulate scenarios/futures-after-may-2022.yaml --until 2022-09-30")
        {
            scenario, runs, seed, until, save, folder, format,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var directory = ScenarioFolder.From(parse, folder);
            var loaded = new ScenarioLoader().LoadFile(ScenarioFolder.FileFor(parse.GetRequiredValue(scenario), directory));
            var name = loaded.Name;
            var definition = ParameterEstimation.Resolve(
                loaded.Simulation ?? throw new UsageException($"scenario '{name}' has no simulation: section (see scenarios/futures-after-may-2022.yaml)"),
                loaded.Events,
                loaded.Simulation.From);
            var runCount = parse.GetValue(runs);
            if (runCount < 1)
            {
                throw new UsageException("--runs must be 1 or more");
            }

            var last = Dates.ParseDay(parse.GetValue(until), "--until") ?? definition.Until;
            if (last < definition.From)
            {
                throw new UsageException($"--until is before the simulation starts ({definition.From:yyyy-MM-dd})");
            }

            var summaryName = parse.GetValue(save) ?? $"{name}-seed{parse.GetValue(seed)}-runs{runCount}";
            var summary = Simulator.Run(summaryName, name, loaded.Events, definition, runCount, parse.GetValue(seed), last);
            if (parse.GetValue(save) is { } saveAs)
            {
                await using var store = await StoreSession.OpenForWritingAsync();
                await store.Simulations.SaveAsync(new StoredSimulation { Id = saveAs, Definition = Describe(loaded, definition, runCount, parse.GetValue(seed), last), Summary = summary }, cancellation);
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                // The summary as stored, then the parameters it ran with: a reader of the JSON sees the estimates the table prints.
                var json = System.Text.Json.JsonSerializer.SerializeToNode(summary, SnapshotJson.Options)!.AsObject();
                json["parameters"] = ParametersJson.Of(definition.Parameters);
                output.WriteLine(json.ToJsonString(SnapshotJson.Options));
            }
            else
            {
                Write(output, summary, definition.Parameters);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static SimulationRunDefinition Describe(Scenario scenario, SimulationDefinition definition, int runs, int seed, DateOnly until) => new(
        scenario.Name,
        scenario.Fingerprint,
        runs,
        seed,
        definition.From,
        until,
        definition.Parameters,
        [.. definition.Uncertain.Select(u => new UncertainEventDefinition(u.Id, u.Probability, u.WindowFrom, u.WindowTo, u.When, u.Template.TypeName, u.Template.Describe(), u.LastsDays))]);

    private static void Write(TextWriter writer, SimulationSummary summary, SimulationParameters parameters)
    {
        var console = Terminal.Over(writer);
        console.MarkupLine(Markup.Escape($"{summary.Scenario}: {summary.Runs} runs, seed {summary.Seed}, {summary.From:yyyy-MM-dd} to {summary.Until:yyyy-MM-dd}"));
        EstimateLines.Write(console, parameters);
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in new[] { "week to", "P(ceasefire)", "P(talks suspended)", "attacks a month: mean [90%]", "prisoners released: mean [90%]" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        foreach (var week in summary.Weeks)
        {
            table.AddRow(
                week.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                $"{week.CeasefireInForce:P0}",
                $"{week.TalksSuspended:P0}",
                Markup.Escape($"{week.AttacksPerMonth.Mean:F1} [{week.AttacksPerMonth.P05:F0}-{week.AttacksPerMonth.P95:F0}]"),
                Markup.Escape($"{week.PrisonersReleased.Mean:F0} [{week.PrisonersReleased.P05:F0}-{week.PrisonersReleased.P95:F0}]"));
        }

        console.Write(table);
        foreach (var (id, share) in summary.UncertainEventFrequencies)
        {
            console.MarkupLine(Markup.Escape($"{id}: happened in {share:P1} of runs"));
        }
    }
}
