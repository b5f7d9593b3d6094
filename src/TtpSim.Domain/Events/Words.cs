using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>How the events' plain-words sentences write values: enum names as words, counts as the sources allow.</summary>
public static class Words
{
    /// <summary>A count as the sources allow: "30", "30-100", or "an unknown number of".</summary>
    public static string Count(Estimate estimate) =>
        estimate.Low is not { } low ? "an unknown number of" : low == estimate.High ? $"{low}" : $"{low}-{estimate.High}";

    public static string Names(IEnumerable<ActorRef> actors) => string.Join(", ", actors.Select(a => a.Name));

    /// <summary>An enum value as lower-case words: NotExtended is "not extended".</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return char.ToLowerInvariant(words[0]) + words[1..];
    }

    /// <summary>The word with "a" or "an" before it, as English sounds it by its first letter.</summary>
    public static string Article(string word) => ("aeiou".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal) ? "an " : "a ") + word;
}
