using System.Text;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>From a path or bytes to a YAML tree: size, links that lead out of the folder, strict UTF-8, and the top-level mapping.</summary>
internal static class ScenarioFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Where <paramref name="path"/> finally leads when it is a symbolic link to somewhere outside its own
    /// folder; null for a plain file or a link that stays inside. A link committed into the scenarios
    /// folder would otherwise let a file reach anything the user can read, which names alone prevent.
    /// </summary>
    internal static string? LinkLeavingItsFolder(string path)
    {
        var target = FinalLinkTarget(path);
        var folder = Path.GetDirectoryName(path) + Path.DirectorySeparatorChar;
        return target is null || target.StartsWith(folder, StringComparison.Ordinal) ? null : target;
    }

    /// <summary>The full path a symbolic link finally leads to; null when the path is no link, or nothing is there.</summary>
    internal static string? FinalLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            // Nothing at the path: the caller says so in its own words.
            return null;
        }
    }

    internal static string LinkRefusal(string target) =>
        $"is a symbolic link to {target}, outside the scenarios folder; a scenario file must be in its folder";

    internal static YamlMapping ReadRoot(string text, string label)
    {
        YamlNode? root;
        try
        {
            root = YamlTreeReader.Read(text);
        }
        catch (YamlFormatException e)
        {
            throw new ScenarioException(new ScenarioError(label, e.Place.Line, e.Place.Column, null, e.Message));
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            throw new ScenarioException(new ScenarioError(label, 1, 1, null, "the file is empty; a scenario needs scenario:, title: and events:"));
        }

        return root as YamlMapping ?? throw new ScenarioException(new ScenarioError(label, root.Place.Line, root.Place.Column, null,
            "the top level must be a mapping with scenario:, title: and events:, not a " + (root is YamlSequence ? "list" : "single value")));
    }

    internal static string Decode(byte[] bytes, string label)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var prefix = StrictUtf8.GetString(bytes, 0, LastCharBoundary(bytes, offset));
            var line = prefix.Count(c => c == '\n') + 1;
            var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            throw new ScenarioException(new ScenarioError(label, line, column, null,
                $"the file is not UTF-8 text (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset}); save it as UTF-8"));
        }
    }

    internal static int LastCharBoundary(byte[] bytes, int offset)
    {
        var end = Math.Min(offset, bytes.Length);
        while (end > 0)
        {
            try
            {
                _ = StrictUtf8.GetCharCount(bytes, 0, end);
                return end;
            }
            catch (DecoderFallbackException)
            {
                end--;
            }
        }

        return 0;
    }
}
