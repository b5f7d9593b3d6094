using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>A scenario's actors, its own and its base's, each resolved with the chain of groups it belongs to.</summary>
internal static class ActorsReader
{
    internal static (Dictionary<string, ActorRef> Actors, Dictionary<string, string?> Descriptions) ReadActors(
        MappingReader top, ImmutableArray<YamlNode> nodes, Scenario? baseScenario)
    {
        var descriptions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var declared = new Dictionary<string, (string Name, ActorKind Kind, string? PartOf, MappingReader Reader)>(StringComparer.Ordinal);
        var inherited = (baseScenario?.Actors ?? []).ToDictionary(a => a.Actor.Id, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var actor = top.Child(nodes[i], $"actors[{i}]");
            var id = actor.Required("id");
            var name = actor.Required("name");
            var kind = actor.RequiredEnum<ActorKind>("kind");
            var partOf = actor.Optional("partOf");
            descriptions[id] = actor.Optional("description");
            actor.RejectUnread();
            if (!ScenarioNames.Pattern().IsMatch(id))
            {
                throw actor.Error("id", $"'{id}' must be lower-case letters, digits and '-'");
            }

            if (inherited.ContainsKey(id))
            {
                throw actor.Error("id", $"actor '{id}' is already declared in the base scenario '{baseScenario!.Name}'");
            }

            if (!declared.TryAdd(id, (name, kind, partOf, actor)))
            {
                throw actor.Error("id", $"actor '{id}' is declared twice");
            }
        }

        var resolved = inherited.ToDictionary(a => a.Key, a => a.Value.Actor, StringComparer.Ordinal);
        foreach (var (id, definition) in inherited)
        {
            descriptions[id] = definition.Description;
        }

        foreach (var (id, (name, kind, _, reader)) in declared)
        {
            var chain = ImmutableArray.CreateBuilder<string>();
            var parent = declared[id].PartOf;
            while (parent is not null)
            {
                if (inherited.TryGetValue(parent, out var inheritedParent))
                {
                    chain.Add(parent);
                    chain.AddRange(inheritedParent.Actor.PartOf.IsDefault ? [] : inheritedParent.Actor.PartOf);
                    break;
                }

                if (!declared.TryGetValue(parent, out var parentActor))
                {
                    throw reader.Error("partOf", $"actor '{parent}' is not declared under actors");
                }

                if (parent == id || chain.Contains(parent))
                {
                    throw reader.Error("partOf", $"actor '{id}' is part of itself through '{parent}'");
                }

                chain.Add(parent);
                parent = parentActor.PartOf;
            }

            resolved[id] = new ActorRef(id, name, kind, chain.ToImmutable());
        }

        return (resolved, descriptions);
    }
}
