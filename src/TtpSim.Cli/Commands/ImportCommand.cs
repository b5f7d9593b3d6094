using System.CommandLine;
using TtpSim.Scenarios.Import;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "UCDP GED's public CSV (49 columns), e.g. GEDEvent_v25_1.csv" };
        var scenario = new Option<string>("--scenario", "-s") { Description = "Name of the scenario to write (default: ucdp-ged)", DefaultValueFactory = _ => "ucdp-ged" };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The .jsonl file to write (default: NAME.jsonl in the current folder)" };
        var country = new Option<string?>("--country") { Description = "Only rows of this country, as GED names it (e.g. Pakistan)" };
        var dyad = new Option<string?>("--dyad") { Description = "Only rows of this dyad: its dyad_new_id or its dyad_name" };
        var published = new Option<string?>("--published") { Description = "The day UCDP published this release (yyyy-mm-dd): when its rows became known (default: the last day they reach, the earliest possible)" };
        var ucdpGed = new Command("ucdp-ged", "Convert UCDP's Georeferenced Event Dataset CSV into a .jsonl scenario: one attack a row,\n"
            + "attributed by UCDP's coding (never claimed), with its low, best and high deaths, its dates and place.\n\n"
            + "Example: ./ttpsim import ucdp-ged ged.csv --country Pakistan --scenario ged-pakistan")
        {
            file, scenario, output, country, dyad, published,
        };
        ucdpGed.SetAction(parse => CommandRunner.Run(parse.InvocationConfiguration.Error, () =>
        {
            var name = parse.GetRequiredValue(scenario);
            if (!ScenarioLoader.IsScenarioName(name))
            {
                throw new UsageException($"--scenario '{name}' is not a scenario name (lower-case letters, digits and '-')");
            }

            var target = parse.GetValue(output)?.FullName ?? Path.GetFullPath(name + ".jsonl");
            if (Path.GetFileNameWithoutExtension(target) != name || !target.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                throw new UsageException($"--out must be {name}.jsonl: a scenario's file is named after it");
            }

            var source = parse.GetRequiredValue(file);
            if (!source.Exists)
            {
                throw new UsageException($"no such file: {source.FullName}");
            }

            var rows = UcdpGedImport.Convert(source.FullName, target, name, new UcdpGedFilter(parse.GetValue(country), parse.GetValue(dyad)), Dates.ParseDay(parse.GetValue(published), "--published"));
            parse.InvocationConfiguration.Output.WriteLine($"wrote {rows} events to {target} (scenario {name}); replay it with ./ttpsim replay {target}");
            return ExitCodes.Ok;
        }));
        return new Command("import", "Convert another dataset into a TtpSim scenario.\n\n"
            + "Example: ./ttpsim import ucdp-ged ged.csv --country Pakistan --scenario ged-pakistan") { ucdpGed };
    }
}
