namespace TtpSim.Storage.Replay;

/// <summary>
/// Which stream holds a scenario's current events, and the fingerprint of the file they came from.
/// Each scenario lives in its own stream, so scenarios never see each other's events; an edited file
/// gets a new stream and the old one is removed in the same transaction.
/// </summary>
public sealed class ScenarioRecord
{
    public required string Id { get; init; }

    public required string StreamKey { get; init; }

    public required string Fingerprint { get; init; }

    public required string Title { get; init; }

    public string? Question { get; init; }

    public required string File { get; init; }

    public required int EventCount { get; init; }

    public static string StreamKeyFor(string scenario, string fingerprint) => $"{scenario}@{fingerprint[..16]}";
}
