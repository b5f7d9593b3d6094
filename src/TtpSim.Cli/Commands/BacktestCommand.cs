using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using TtpSim.Cli.Output;
using TtpSim.Domain.Simulation.Backtesting;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class BacktestCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario with a simulation: section, by name or path, e.g. futures-after-may-2022" };
        var cutoffs = new Option<string?>("--cutoffs") { Description = "Comma-separated cutoff days, yyyy-mm-dd (default: monthly from the first recorded truce while a whole forecast fits before the horizon)" };
        var weeks = new Option<int>("--weeks") { Description = "How many weeks each forecast runs", DefaultValueFactory = _ => Backtest.DefaultWeeks };
        var runs = new Option<int>("--runs", "-n") { Description = "Futures simulated from each cutoff", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same output, byte for byte", DefaultValueFactory = _ => 1 };
        var folder = ScenarioFolder.Option();
        var format = OutputFormats.Option();
        var command = new Command("backtest", "Score the simulator against the record: from rolling cutoffs inside it, simulate from the state and the parameter estimates known then, "
            + "and score the forecasts against what the record shows afterwards (Brier, CRPS, interval coverage), beside persistence and climatology.\n"
            + "Outcomes the record cannot settle (uncertain dates, past the horizon, months with no claimed count) are not scored; n says how many were.\n\n"
            + "Examples:\n  ./ttpsim backtest futures-after-may-2022\n"
            + "  ./ttpsim backtest futures-after-may-2022 --cutoffs 2021-10-01,2021-11-01 --weeks 8 --format json")
        {
            scenario, cutoffs, weeks, runs, seed, folder, format,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, () =>
        {
            var directory = ScenarioFolder.From(parse, folder);
            var loaded = new ScenarioLoader().LoadFile(ScenarioFolder.FileFor(parse.GetRequiredValue(scenario), directory));
            var definition = loaded.Simulation ?? throw new UsageException($"scenario '{loaded.Name}' has no simulation: section (see scenarios/futures-after-may-2022.yaml)");
            var weekCount = parse.GetValue(weeks);
            var runCount = parse.GetValue(runs);
            if (weekCount < 1 || runCount < 1)
            {
                throw new UsageException(weekCount < 1 ? "--weeks must be 1 or more" : "--runs must be 1 or more");
            }

            var days = parse.GetValue(cutoffs) is { } list
                ? [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(text => Dates.ParseDay(text, "--cutoffs")!.Value).Order()]
                : Backtest.DefaultCutoffs(loaded.Events, definition, weekCount);
            if (days.Length == 0)
            {
                throw new UsageException($"no cutoff: the record has no truce of {definition.Militants.Id}, or no {weekCount}-week forecast fits before its horizon; give --cutoffs or fewer --weeks");
            }

            var result = Backtest.Run(loaded.Events, definition, days, weekCount, runCount, parse.GetValue(seed));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(Json(loaded.Name, result).ToJsonString(Indented));
            }
            else
            {
                Write(output, loaded.Name, result);
            }

            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    /// <summary>The backtest with every default (cutoffs, weeks, runs, seed), for the report's panel.</summary>
    public static (string Scenario, BacktestResult Result) RunDefault(string scenario)
    {
        var loaded = new ScenarioLoader().LoadFile(ScenarioFolder.FileFor(scenario, ScenarioFolder.Default()));
        var definition = loaded.Simulation ?? throw new UsageException($"--backtest: scenario '{loaded.Name}' has no simulation: section");
        var cutoffs = Backtest.DefaultCutoffs(loaded.Events, definition, Backtest.DefaultWeeks);
        return cutoffs.Length == 0
            ? throw new UsageException($"--backtest: no {Backtest.DefaultWeeks}-week forecast fits inside the record of '{loaded.Name}'")
            : (loaded.Name, Backtest.Run(loaded.Events, definition, cutoffs, Backtest.DefaultWeeks, runs: 1000, seed: 1));
    }

    public static JsonObject Json(string scenario, BacktestResult result) => new()
    {
        ["scenario"] = scenario,
        ["cutoffs"] = new JsonArray([.. result.Cutoffs.Select(c => (JsonNode)RecordHorizon.Day(c))]),
        ["weeks"] = result.Weeks,
        ["runs"] = result.Runs,
        ["seed"] = result.Seed,
        ["horizon"] = result.Horizon is { } horizon ? RecordHorizon.Day(horizon) : null,
        ["scores"] = new JsonObject
        {
            ["ceasefireInForce"] = Binary(result.CeasefireInForce),
            ["talksSuspended"] = Binary(result.TalksSuspended),
            ["attacksPerMonth"] = new JsonObject
            {
                ["n"] = result.AttacksPerMonth.N,
                ["unscored"] = result.AttacksPerMonth.Unscored,
                ["crps"] = Triple(result.AttacksPerMonth.Model, result.AttacksPerMonth.Persistence, result.AttacksPerMonth.Climatology),
                ["coverage50"] = result.AttacksPerMonth.Coverage50,
                ["coverage90"] = result.AttacksPerMonth.Coverage90,
                ["skill"] = Skill(result.AttacksPerMonth.Model, result.AttacksPerMonth.Persistence, result.AttacksPerMonth.Climatology),
            },
        },
    };

    private static JsonObject Binary(BinaryScores scores) => new()
    {
        ["n"] = scores.N,
        ["unscored"] = scores.Unscored,
        ["brier"] = Triple(scores.Model, scores.Persistence, scores.Climatology),
        ["skill"] = Skill(scores.Model, scores.Persistence, scores.Climatology),
        ["reliability"] = new JsonArray([.. scores.Reliability.Select(b => (JsonNode)new JsonObject
        {
            ["from"] = b.From,
            ["to"] = b.To,
            ["n"] = b.N,
            ["meanForecast"] = b.MeanForecast,
            ["observedFrequency"] = b.ObservedFrequency,
        })]),
    };

    private static JsonObject Triple(double? model, double? persistence, double? climatology) => new()
    {
        ["model"] = model,
        ["persistence"] = persistence,
        ["climatology"] = climatology,
    };

    /// <summary>Skill against each reference: 1 − model / reference; null where the reference scored perfectly or nothing was scored.</summary>
    private static JsonObject Skill(double? model, double? persistence, double? climatology) => new()
    {
        ["vsPersistence"] = SkillScore(model, persistence),
        ["vsClimatology"] = SkillScore(model, climatology),
    };

    private static double? SkillScore(double? model, double? reference) =>
        ForecastScores.Skill(model, reference) is { } skill ? Math.Round(skill, 4) : null;

    private static void Write(TextWriter writer, string scenario, BacktestResult result)
    {
        var console = Terminal.Over(writer);
        console.MarkupLine(Markup.Escape($"{scenario}: backtest of {result.Cutoffs.Length} cutoffs ({string.Join(", ", result.Cutoffs.Select(RecordHorizon.Day))}), {result.Weeks} weeks each, {result.Runs} runs, seed {result.Seed}; record horizon {(result.Horizon is { } h ? RecordHorizon.Day(h) : "none")}"));
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in new[] { "outcome (score)", "n", "left out", "model", "persist.", "climat.", "skill/pers.", "skill/clim." })
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        void Row(string name, int n, int unscored, double? model, double? persistence, double? climatology) => table.AddRow(
            Markup.Escape(name), $"{n}", $"{unscored}", Number(model), Number(persistence), Number(climatology), Number(SkillScore(model, persistence)), Number(SkillScore(model, climatology)));

        Row("ceasefire in force (Brier)", result.CeasefireInForce.N, result.CeasefireInForce.Unscored, result.CeasefireInForce.Model, result.CeasefireInForce.Persistence, result.CeasefireInForce.Climatology);
        Row("talks suspended (Brier)", result.TalksSuspended.N, result.TalksSuspended.Unscored, result.TalksSuspended.Model, result.TalksSuspended.Persistence, result.TalksSuspended.Climatology);
        var attacks = result.AttacksPerMonth;
        Row("attacks a month (CRPS)", attacks.N, attacks.Unscored, attacks.Model, attacks.Persistence, attacks.Climatology);
        console.Write(table);
        console.MarkupLine(Markup.Escape($"Attacks a month: the model's 50% interval held the claimed count in {Number(attacks.Coverage50)} and its 90% interval in {Number(attacks.Coverage90)} of {attacks.N} scored months."));
        console.MarkupLine(Markup.Escape("Lower scores are better; skill = 1 - model/reference (above 0: the model did better; '-' where the reference scored 0). "
            + "n: outcomes scored; left out: those the record cannot settle. One history and a handful of truces make these scores noisy."));
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";
}
