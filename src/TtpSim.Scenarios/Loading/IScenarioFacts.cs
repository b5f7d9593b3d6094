namespace TtpSim.Scenarios.Loading;

/// <summary>What a scenario's stored record says of it: its name, title and question, the file, its fingerprint and how many events it stores.</summary>
public interface IScenarioFacts
{
    string Name { get; }

    string Title { get; }

    string? Question { get; }

    /// <summary>The file it was loaded from, as errors name it.</summary>
    string File { get; }

    string Fingerprint { get; }

    int EventCount { get; }
}
