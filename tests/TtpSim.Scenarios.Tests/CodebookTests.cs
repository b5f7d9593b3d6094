using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>The codebook is how a coder chooses a type: every type the loader reads has its section, with its codes.</summary>
public sealed class CodebookTests
{
    private static readonly string Codebook = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "codebook.md"));

    public static TheoryData<string> TypeNames() => [.. EventTypes.Known.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Every_event_type_has_a_section_with_its_decision_rule_and_codes(string type)
    {
        var start = Codebook.IndexOf($"\n#### {type}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/codebook.md has no section '#### {type}'");
        var end = Codebook.IndexOf("\n###", start + 1, StringComparison.Ordinal);
        var section = Codebook[start..(end < 0 ? Codebook.Length : end)];

        Assert.Contains("**Quote must say:**", section, StringComparison.Ordinal);
        Assert.Contains("**Near misses:**", section, StringComparison.Ordinal);
        Assert.Contains("**CAMEO:**", section, StringComparison.Ordinal);
        Assert.Contains("**PLOVER:**", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_actor_kind_is_defined_in_the_codebook_and_listed_in_the_format_docs()
    {
        var format = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "scenario-format.md"));
        var kindsLine = format.Split('\n').Single(line => line.TrimStart().StartsWith("kind: state", StringComparison.Ordinal));
        var definitions = Codebook[Codebook.IndexOf("- Actor kinds:", StringComparison.Ordinal)..];
        definitions = string.Join(' ', definitions[..definitions.IndexOf("\n\n", StringComparison.Ordinal)].Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        foreach (var (kind, _) in SnapshotJson.EnumNames(typeof(ActorKind)))
        {
            Assert.Contains($"`{kind}` (", definitions, StringComparison.Ordinal);
            Assert.Contains($" {kind}", kindsLine, StringComparison.Ordinal);
        }
    }
}
