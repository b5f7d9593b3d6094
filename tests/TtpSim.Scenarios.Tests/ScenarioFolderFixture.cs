namespace TtpSim.Scenarios.Tests;

/// <summary>A throw-away scenarios folder that tests write files into.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    public ScenarioFolder()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ttpsim-scenarios-{Guid.NewGuid():N}");

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name + ".yaml");
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
