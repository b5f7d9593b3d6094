using System.Text.Json.Nodes;

namespace TtpSim.Cli.Output;

/// <summary>A JSON value as one short piece of a line: its JSON text, cut with "..." past a width so a long record never wraps a listing.</summary>
internal static class JsonValueText
{
    public static string Short(JsonNode? value, int width, string missing = "null")
    {
        var text = value?.ToJsonString() ?? missing;
        return text.Length <= width ? text : text[..(width - 3)] + "...";
    }
}
