using TtpSim.Domain.Events;
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
}
