using System.CommandLine;
using TtpSim.Cli.Output;
using TtpSim.Domain.Provenance;
using TtpSim.Reports.Html;
using TtpSim.Reports.Png;
using TtpSim.Storage.Simulation;

namespace TtpSim.Cli.Commands;

public static class ReportCommand
{
    public static Command Create()
    {
        var scenarios = new Argument<string[]>("scenarios")
        {
            Description = "Replayed scenarios, the first being the one the others are compared with",
            Arity = ArgumentArity.OneOrMore,
        };
        var simulation = new Option<string?>("--simulation") { Description = "Add fan charts of this stored simulation" };
        var backtest = new Option<string?>("--backtest") { Description = "Add a panel with the backtest of this scenario's simulation (defaults of ./ttpsim backtest: reliability diagrams and scores)" };
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "The HTML file to write (default: report.html)",
            DefaultValueFactory = _ => new FileInfo("report.html"),
        };
        var from = new Option<string?>("--from") { Description = "First day of the focus window (yyyy-mm-dd, or yyyy-mm for the month's first day)" };
        var to = new Option<string?>("--to") { Description = "Last day of the focus window (yyyy-mm-dd, or yyyy-mm for the month's last day)" };
        var png = new Option<bool>("--png") { Description = "Also render the page to a PNG beside it, with headless Chromium" };
        var command = new Command("report", "Write an HTML timeline of scenarios on one time axis, in one file that opens offline.\n"
            + "Every mark has a tooltip with the event, its date precision and its sources.\n\n"
            + "The focus window gets most of the width; what lies outside it is compressed into strips at either side.\n\n"
            + "Examples:\n  ./ttpsim report baseline-2021-22 ttp-extends-ceasefire --out report.html --png\n"
            + "  ./ttpsim report baseline-2021-22 --from 2021-10 --to 2021-12")
        {
            scenarios, simulation, backtest, from, to, output, png,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var names = parse.GetRequiredValue(scenarios);
            if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            {
                throw new UsageException("a scenario is named twice; name each once");
            }

            var window = Window(parse.GetValue(from), parse.GetValue(to));
            var html = parse.GetRequiredValue(output);
            var console = parse.InvocationConfiguration.Output;
            var report = await ProgressBar.RunAsync(console, "reading scenarios", names.Length + 1, async progress =>
            {
                await using var store = await StoreSession.OpenForReadingAsync();
                var input = new List<ReportScenario>();
                foreach (var name in names)
                {
                    var events = await store.Scenarios.EventsAsync(name, cancellation);
                    var record = await store.Scenarios.FindAsync(name, cancellation);
                    input.Add(new ReportScenario(name, record?.Title ?? name, record?.Question, events));
                    progress.Advance();
                }

                var summary = parse.GetValue(simulation) is { } simulationName
                    ? await store.Simulations.FindAsync(simulationName, cancellation) ?? throw new SimulationNotFoundException(simulationName)
                    : null;
                progress.Describe("drawing the report");
                var scored = parse.GetValue(backtest) is { } backtestName ? BacktestCommand.RunDefault(backtestName) : ((string, Domain.Simulation.Backtesting.BacktestResult)?)null;
                var rendered = TimelineReport.Render(new ReportInput(input, summary, window) { Backtest = scored });
                progress.Advance();
                return rendered;
            });

            html.Directory?.Create();
            await File.WriteAllTextAsync(html.FullName, report.Html, cancellation);
            console.WriteLine($"wrote {html.FullName}: {report.Scenarios} scenario(s), {report.Events} events, {report.Width}x{report.Height} px");
            if (parse.GetValue(png))
            {
                var picture = Path.ChangeExtension(html.FullName, ".png");
                await ProgressBar.RunAsync(console, "rendering the PNG with Chromium", 1, async progress =>
                {
                    await ChromiumScreenshot.CaptureAsync(html.FullName, picture, report.Width, report.Height, cancellation: cancellation);
                    progress.Advance();
                    return picture;
                });
                console.WriteLine($"wrote {picture}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A month stands for its first day when it opens the window and its last when it closes it.</summary>
    private static FocusWindow Window(string? fromText, string? toText)
    {
        var first = Dates.ParseDayOrMonth(fromText, "--from", period => period.Start);
        var last = Dates.ParseDayOrMonth(toText, "--to", period => period.End);
        return first is { } f && last is { } l && l < f
            ? throw new UsageException($"--from {fromText} is after --to {toText}: the focus window would hold no day")
            : new FocusWindow(first, last);
    }
}
