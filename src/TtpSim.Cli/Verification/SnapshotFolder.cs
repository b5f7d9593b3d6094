using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Verification;

/// <summary>A snapshot accepted earlier: its day, its file, its bytes and what they parse to.</summary>
internal sealed record AcceptedSnapshot(DateOnly Day, string File, string Text, JsonNode? Json);

/// <summary>
/// <c>scenarios/__snapshots__/NAME/yyyy-mm-dd.json</c>: the accepted states of each scenario, one file a day,
/// with <c>yyyy-mm-dd.received.json</c> beside one when verify computed something else. Everything in it is
/// checked before verify replays or writes anything, and each fault is one line naming its file.
/// </summary>
internal sealed class SnapshotFolder(string scenariosFolder)
{
    public const string FolderName = "__snapshots__";
    private const string Accepted = ".json";
    private const string Received = ".received.json";

    public string Root { get; } = Path.Combine(scenariosFolder, FolderName);

    public string FolderOf(string scenario) => Path.Combine(Root, scenario);

    public string AcceptedFile(string scenario, DateOnly day) => Path.Combine(FolderOf(scenario), $"{day:yyyy-MM-dd}{Accepted}");

    public string ReceivedFile(string scenario, DateOnly day) => Path.Combine(FolderOf(scenario), $"{day:yyyy-MM-dd}{Received}");

    /// <summary>A folder here whose scenario is gone would pin nothing and go unnoticed: it is refused.</summary>
    public void RequireEveryFolderToHaveItsScenario(IReadOnlySet<string> scenarios)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (!Directory.Exists(entry))
            {
                throw Fault(entry, $"is not a scenario's snapshot folder; {FolderName}/ holds one folder per scenario, named after it");
            }

            if (!scenarios.Contains(name))
            {
                throw Fault(entry, $"holds snapshots of '{name}', but there is no scenario file {name}.yaml beside {FolderName}/; "
                    + "remove the folder, or rename it after the scenario's new name");
            }
        }
    }

    /// <summary>
    /// The accepted snapshots of <paramref name="scenario"/>, by day, each parsed, and the days that have a
    /// received file. A name that is not a day, a day outside the scenario, or a file that is not JSON is refused.
    /// </summary>
    public (IReadOnlyDictionary<DateOnly, AcceptedSnapshot> Accepted, IReadOnlySet<DateOnly> Received) Read(Scenario scenario)
    {
        var accepted = new SortedDictionary<DateOnly, AcceptedSnapshot>();
        var received = new SortedSet<DateOnly>();
        var folder = FolderOf(scenario.Name);
        if (!Directory.Exists(folder))
        {
            return (accepted, received);
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var isReceived = name.EndsWith(Received, StringComparison.Ordinal);
            var stem = isReceived ? name[..^Received.Length] : name.EndsWith(Accepted, StringComparison.Ordinal) ? name[..^Accepted.Length] : null;
            if (Directory.Exists(entry) || stem is null
                || !DateOnly.TryParseExact(stem, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw Fault(entry, "is not a snapshot: name each one after its day, yyyy-mm-dd.json");
            }

            if (!scenario.Span.Contains(day))
            {
                throw Fault(entry, $"{day:yyyy-MM-dd} is outside {scenario.Name} ({scenario.Span}); remove the file");
            }

            if (isReceived)
            {
                received.Add(day);
                continue;
            }

            var text = File.ReadAllText(entry, Encoding.UTF8);
            accepted[day] = new AcceptedSnapshot(day, entry, text, Parse(entry, text));
        }

        return (accepted, received);
    }

    private static JsonNode? Parse(string file, string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and >= 0 ? at : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new ScenarioException(new ScenarioError(Shown(file), line, column, null,
                $"is not valid JSON ({(cut >= 0 ? message[..cut] : message).TrimEnd('.')}); fix it by hand, or accept the state again with ./ttpsim verify --accept"));
        }
    }

    private static ScenarioException Fault(string path, string message) => new(new ScenarioError(Shown(path), 0, 0, null, message));

    /// <summary>A path as a reader would type it: relative to the current folder when it is under it.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>Written beside its final place and moved there, so a file is never left half-written.</summary>
    public static void WriteWhole(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
