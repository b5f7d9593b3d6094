using System.Text.Json;
using System.Text.Json.Nodes;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Domain.Comparison;

/// <summary>One place where two states differ: a path into the JSON contract and the two values there.</summary>
public sealed record Difference(string Path, JsonNode? A, JsonNode? B);

/// <summary>
/// Compares two snapshots field by field through their JSON contract. Lists of things with an id
/// (attacks, ceasefires, demands) are matched by id, so one extra attack is one difference, not a
/// shifted list.
/// </summary>
public static class SnapshotDiff
{
    private static readonly string[] IdentityKeys = ["id", "eventId"];

    public static IReadOnlyList<Difference> Between(StateSnapshot a, StateSnapshot b)
    {
        var differences = new List<Difference>();
        Compare("", Contract(a), Contract(b), differences);
        return differences;
    }

    /// <summary>Two documents of the JSON contract (an accepted snapshot file and a state, say), every key compared.</summary>
    public static IReadOnlyList<Difference> Between(JsonNode? a, JsonNode? b)
    {
        var differences = new List<Difference>();
        Compare("", a, b, differences);
        return differences;
    }

    private static JsonObject Contract(StateSnapshot snapshot)
    {
        var node = JsonSerializer.SerializeToNode(snapshot, SnapshotJson.Options)!.AsObject();
        node.Remove("scenario");
        return node;
    }

    private static void Compare(string path, JsonNode? a, JsonNode? b, List<Difference> differences)
    {
        switch (a, b)
        {
            case (JsonObject objectA, JsonObject objectB):
                foreach (var key in objectA.Select(p => p.Key).Union(objectB.Select(p => p.Key)))
                {
                    Compare(Join(path, key), objectA[key], objectB[key], differences);
                }

                break;
            case (JsonArray arrayA, JsonArray arrayB) when KeyOf(arrayA, arrayB) is { } key:
                var byKeyA = arrayA.OfType<JsonObject>().ToDictionary(o => o[key]!.ToString(), StringComparer.Ordinal);
                var byKeyB = arrayB.OfType<JsonObject>().ToDictionary(o => o[key]!.ToString(), StringComparer.Ordinal);
                foreach (var id in byKeyA.Keys.Union(byKeyB.Keys))
                {
                    Compare($"{path}[{id}]", byKeyA.GetValueOrDefault(id), byKeyB.GetValueOrDefault(id), differences);
                }

                break;
            case (JsonArray arrayA, JsonArray arrayB) when arrayA.All(n => n is not JsonObject) && arrayB.All(n => n is not JsonObject):
                if (!JsonNode.DeepEquals(arrayA, arrayB))
                {
                    differences.Add(new Difference(path, arrayA.DeepClone(), arrayB.DeepClone()));
                }

                break;
            case (JsonArray arrayA, JsonArray arrayB):
                for (var i = 0; i < Math.Max(arrayA.Count, arrayB.Count); i++)
                {
                    Compare($"{path}[{i}]", i < arrayA.Count ? arrayA[i] : null, i < arrayB.Count ? arrayB[i] : null, differences);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(a, b))
                {
                    differences.Add(new Difference(path, a?.DeepClone(), b?.DeepClone()));
                }

                break;
        }
    }

    /// <summary>The key that identifies items of both lists, when every item is an object that has it, once in each list.</summary>
    private static string? KeyOf(JsonArray a, JsonArray b) =>
        IdentityKeys.FirstOrDefault(key => a.Concat(b).All(n => n is JsonObject o && o[key] is JsonValue) && IsUnique(a, key) && IsUnique(b, key));

    private static bool IsUnique(JsonArray items, string key) =>
        items.Select(n => n![key]!.ToString()).Distinct(StringComparer.Ordinal).Count() == items.Count;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
