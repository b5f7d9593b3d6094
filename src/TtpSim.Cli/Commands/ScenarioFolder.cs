using System.CommandLine;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

/// <summary>Where commands look for scenario files, and how a scenario given on the command line is found.</summary>
internal static class ScenarioFolder
{
    public const string Variable = "TTPSIM_SCENARIOS";

    /// <summary>The <c>--folder</c> option of every command that reads scenario files by name.</summary>
    public static Option<DirectoryInfo?> Option() => new("--folder") { Description = "The scenarios folder (default: TTPSIM_SCENARIOS, or ./scenarios)" };

    /// <summary>The folder <paramref name="option"/> gives, else the default.</summary>
    public static string From(ParseResult parse, Option<DirectoryInfo?> option) => parse.GetValue(option)?.FullName ?? Default();

    public static string Default()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "scenarios" : configured);
    }

    /// <summary>
    /// The file of scenario <paramref name="name"/> in the default folder, as a user would type it (relative to the
    /// working directory when it is below it, quoted when it has a space); null when there is no one file for the name.
    /// </summary>
    public static string? FileToShow(string name)
    {
        try
        {
            if (!ScenarioLoader.IsScenarioName(name) || ScenarioFiles.Find(Default(), name) is not { } file)
            {
                return null;
            }

            var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
            var shown = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
            return shown.Contains(' ', StringComparison.Ordinal) ? $"'{shown}'" : shown;
        }
        catch (Exception e) when (e is AmbiguousScenarioFileException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The file for <paramref name="nameOrPath"/>: a scenario name is looked up in <paramref name="folder"/>,
    /// anything else is a path, as <c>replay</c> and <c>validate</c> take it, and the loader reports a path
    /// that leads nowhere as it does for them.
    /// </summary>
    public static string FileFor(string nameOrPath, string folder)
    {
        if (!ScenarioLoader.IsScenarioName(nameOrPath))
        {
            return Path.GetFullPath(nameOrPath);
        }

        try
        {
            return ScenarioFiles.Find(folder, nameOrPath) ?? throw new UsageException($"no scenario '{nameOrPath}' in {folder}");
        }
        catch (AmbiguousScenarioFileException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
