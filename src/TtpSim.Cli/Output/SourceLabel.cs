using System.Text.RegularExpressions;

namespace TtpSim.Cli.Output;

/// <summary>A source as a narrow table column shows it.</summary>
internal static partial class SourceLabel
{
    /// <summary>Longer names are cut, so one source cannot crowd out the rest of a row.</summary>
    private const int Longest = 24;

    /// <summary>
    /// A numbered article file (003_81c8160b4b399958.txt) by its number, since its hash tells a reader
    /// nothing; any other file by its name without the extension.
    /// </summary>
    public static string For(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (NumberedArticle().Match(name) is { Success: true } numbered)
        {
            return numbered.Groups["number"].Value;
        }

        if (name.Length == 0)
        {
            name = file;
        }

        return name.Length <= Longest ? name : $"{name[..(Longest - 1)]}…";
    }

    [GeneratedRegex("^(?<number>[0-9]+)_[0-9a-f]{8,}$")]
    private static partial Regex NumberedArticle();
}
