using System.Collections.Immutable;

namespace TtpSim.Scenarios.Yaml;

/// <summary>A position in a file, 1-based, as editors show it.</summary>
public readonly record struct Place(int Line, int Column);

/// <summary>
/// A YAML node with its place. Only plain data: scalars, mappings, sequences. Anchors, aliases and
/// tags never get this far (see <see cref="YamlTreeReader"/>), so nothing in a file can expand or
/// construct objects.
/// </summary>
public abstract record YamlNode(Place Place);

public sealed record YamlScalar(Place Place, string Value, bool IsQuoted) : YamlNode(Place)
{
    public bool IsNull => !IsQuoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(Place Place, ImmutableArray<YamlNode> Items) : YamlNode(Place);

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

public sealed record YamlMapping(Place Place, ImmutableArray<YamlEntry> Entries) : YamlNode(Place)
{
    /// <summary>A scan: every field of every event is looked up here, and a handful of keys is scanned quicker than hashed.</summary>
    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries.AsSpan())
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }
}
