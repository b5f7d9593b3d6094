using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TtpSim.Storage.Database;

/// <summary>
/// Keeps database passwords out of anything TtpSim prints. Every password TtpSim learns (from
/// TTPSIM_CONNECTION or the private server's password file) is remembered here, and every line of
/// output that could carry one (error messages above all) goes through <see cref="Redact"/>.
/// </summary>
public static partial class Secrets
{
    public const string Mask = "***";

    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    public static void Remember(string? secret)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            Known.TryAdd(secret, true);
        }
    }

    /// <summary>
    /// The text with every remembered password replaced, and any "password=..." setting masked even if
    /// its value was never remembered (a connection string that could not be read, say).
    /// </summary>
    public static string Redact(string text)
    {
        var redacted = PasswordSetting().Replace(text, match => $"{match.Groups["key"].Value}{Mask}");

        // Longest first, so a password that contains another is masked whole.
        foreach (var secret in Known.Keys.OrderByDescending(s => s.Length))
        {
            redacted = redacted.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return redacted;
    }

    [GeneratedRegex("""(?<key>\b(?:password|pwd|psw)\s*=\s*)(?:"[^"]*"|'[^']*'|[^;]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();
}
