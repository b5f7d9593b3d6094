namespace TtpSim.Scenarios.Loading;

/// <summary>
/// The scenario files of a folder: a scenario named <c>x</c> is <c>x.yaml</c> or <c>x.jsonl</c>, never both, so
/// a name (in <c>basedOn</c>, on the command line, in verify's snapshot folders) always means one file.
/// </summary>
public static class ScenarioFiles
{
    public static readonly IReadOnlyList<string> Extensions = [".yaml", ".jsonl"];

    /// <summary>Every scenario file in <paramref name="folder"/>, ordered by file name.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        [.. Extensions.SelectMany(extension => Directory.GetFiles(folder, "*" + extension))
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The names of the scenarios in <paramref name="folder"/>, each once.</summary>
    public static IReadOnlyList<string> NamesIn(string folder) =>
        [.. In(folder).Select(Path.GetFileNameWithoutExtension).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The file of the scenario <paramref name="name"/> in <paramref name="folder"/>, or null when there is none.
    /// Two files for one name are refused: which of them a base or a command meant cannot be told.
    /// </summary>
    public static string? Find(string folder, string name)
    {
        var present = Extensions.Select(extension => Path.Combine(folder, name + extension)).Where(File.Exists).ToList();
        return present.Count switch
        {
            0 => null,
            1 => present[0],
            _ => throw new AmbiguousScenarioFileException(name, folder, present),
        };
    }

    /// <summary>Names that two files in <paramref name="folder"/> claim, with those files.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<string> Files)> Ambiguous(string folder) =>
        In(folder)
            .GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => (group.Key, (IReadOnlyList<string>)[.. group.OrderBy(path => IndexOf(Path.GetExtension(path)))]));

    private static int IndexOf(string extension) => Extensions.ToList().IndexOf(extension);
}

public sealed class AmbiguousScenarioFileException(string name, string folder, IReadOnlyList<string> files)
    : Exception($"two files for scenario '{name}' in {folder}: {string.Join(" and ", files.Select(Path.GetFileName))}; a scenario is one file, keep one of them")
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Files { get; } = files;
}
