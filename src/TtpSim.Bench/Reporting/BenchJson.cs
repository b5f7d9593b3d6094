using System.Text.Json;
using System.Text.Json.Serialization;

namespace TtpSim.Bench.Reporting;

/// <summary>The JSON contract of <c>bench --format json</c>: camelCase names, as every other TtpSim JSON.</summary>
public static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(BenchReport report) => JsonSerializer.Serialize(report, Options);
}
