using System.Globalization;
using Spectre.Console;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Simulation.Estimation;

namespace TtpSim.Cli.Output;

/// <summary>The parameters a simulation estimated from the record: posterior mean, 90% interval, the prior and what was counted.</summary>
internal static class EstimateLines
{
    public static void Write(IAnsiConsole console, SimulationParameters parameters)
    {
        var estimated = parameters.Named.Where(n => n.Parameter.Estimated is not null).ToList();
        if (estimated.Count == 0)
        {
            return;
        }

        console.MarkupLine(Markup.Escape($"Estimated from the record as known on {estimated[0].Parameter.Estimated!.KnownAsOf:yyyy-MM-dd} (each run draws its own value):"));
        foreach (var (name, parameter) in estimated)
        {
            console.MarkupLine(Markup.Escape(Line(name, parameter)));
            console.MarkupLine(Markup.Escape($"      counted: {parameter.Estimated!.Evidence}"));
        }
    }

    public static string Line(string name, Parameter parameter)
    {
        var estimate = parameter.Estimated!;
        var (mean, low, high) = estimate.Posterior.Summary();
        if (mean >= 10)
        {
            (mean, low, high) = (Math.Round(mean, 1), Math.Round(low, 1), Math.Round(high, 1));
        }

        var prior = parameter.Estimate!;
        var family = estimate.Posterior.Family == PosteriorFamily.Beta ? "Beta" : "Gamma";
        return string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {mean:0.###} [90%: {low:0.###}-{high:0.###}]; {family}({estimate.Posterior.A:0.##}, {estimate.Posterior.B:0.##}), prior {family}({prior.PriorA:0.##}, {prior.PriorB:0.##})");
    }
}
