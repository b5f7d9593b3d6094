using System.Collections.Immutable;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>A scenario's sources, declared once, each a plain file name (never a path).</summary>
internal static class SourcesReader
{
    internal static Dictionary<string, SourceDefinition> ReadSources(MappingReader top, ImmutableArray<YamlNode> nodes, Scenario? baseScenario)
    {
        var sources = (baseScenario?.Sources ?? []).ToDictionary(d => d.File, StringComparer.Ordinal);
        var inherited = sources.Count;
        for (var i = 0; i < nodes.Length; i++)
        {
            var source = top.Child(nodes[i], $"sources[{i}]");
            var definition = new SourceDefinition(source.Required("file"), source.Required("outlet"), source.Required("title"), source.RequiredDate("published"));
            source.RejectUnread();
            if (!IsPlainFileName(definition.File))
            {
                // Whatever later reads the articles joins this name to the sources folder: a path could lead out of it.
                throw source.Error("file", $"'{definition.File}' must be a plain file name in the sources folder, not a path");
            }

            if (!sources.TryAdd(definition.File, definition))
            {
                throw source.Error("file", inherited > 0 && baseScenario!.Sources.Any(d => d.File == definition.File)
                    ? $"source '{definition.File}' is already declared in the base scenario '{baseScenario.Name}'"
                    : $"source '{definition.File}' is declared twice");
            }
        }

        return sources;
    }

    internal static bool IsPlainFileName(string name) =>
        name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0 && Path.GetFileName(name) == name && !Path.IsPathRooted(name);
}
