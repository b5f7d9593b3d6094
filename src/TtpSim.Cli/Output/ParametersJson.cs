using System.Text.Json.Nodes;
using TtpSim.Domain.Simulation;

namespace TtpSim.Cli.Output;

/// <summary>
/// The parameters a simulation ran with, for <c>simulate --format json</c>: each typed value with its basis,
/// and for an estimated one what the table prints (posterior mean, 90% interval, prior, what was counted),
/// so a tool reading the JSON learns as much about where a number came from as a reader of the table.
/// </summary>
internal static class ParametersJson
{
    public static JsonArray Of(SimulationParameters parameters) =>
        [.. parameters.Named.Select(named => (JsonNode)Of(named.Name, named.Parameter))];

    private static JsonObject Of(string name, Parameter parameter)
    {
        var json = new JsonObject
        {
            ["name"] = name,
            ["value"] = parameter.Value,
            ["basis"] = parameter.Basis,
            ["source"] = parameter.Source,
            ["isJudgement"] = parameter.IsJudgement,
            ["estimate"] = null,
        };
        if (parameter is { Estimate: { } definition, Estimated: { } estimated })
        {
            var (mean, p05, p95) = estimated.Posterior.Summary();
            json["estimate"] = new JsonObject
            {
                ["estimator"] = JsonNamingCamel(definition.Estimator.ToString()),
                ["knownAsOf"] = estimated.KnownAsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["posterior"] = Distribution(estimated.Posterior.Family.ToString(), estimated.Posterior.A, estimated.Posterior.B),
                ["prior"] = Distribution(estimated.Posterior.Family.ToString(), definition.PriorA, definition.PriorB),
                ["mean"] = mean,
                ["p05"] = p05,
                ["p95"] = p95,
                ["events"] = estimated.Events,
                ["exposure"] = estimated.Exposure,
                ["counted"] = estimated.Evidence,
            };
        }

        return json;
    }

    private static JsonObject Distribution(string family, double a, double b) => new()
    {
        ["family"] = JsonNamingCamel(family),
        ["a"] = a,
        ["b"] = b,
    };

    private static string JsonNamingCamel(string word) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(word);
}
