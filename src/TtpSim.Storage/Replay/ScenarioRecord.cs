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

    /// <summary>
    /// How its stream and change points are laid out. Records written before there was a layout read
    /// as 0 (change points holding the whole state in an older shape): replaying the same file stores it
    /// again rather than calling it unchanged. Until then (or a rebuild of the projection), reading
    /// those change points says to replay it.
    /// </summary>
    public int Layout { get; init; }

    /// <summary>
    /// 2: events stored in historical order, change points every ~100 events or 30 days, the state's lists
    /// bounded. 3: the state also keeps hints, aggregates, context, emissaries and allegations. 4: it
    /// records the horizon (the latest publication of the sources its events cite). 5: change points every
    /// ~50 events or 15 days, their event count and range in columns of their own, one index on stream and date.
    /// </summary>
    public const int CurrentLayout = 5;

    /// <summary>The record of a scenario replayed now, into the stream <paramref name="streamKey"/>, in the current layout.</summary>
    public static ScenarioRecord Of(Scenarios.Loading.IScenarioFacts scenario, string streamKey) => new()
    {
        Id = scenario.Name,
        StreamKey = streamKey,
        Fingerprint = scenario.Fingerprint,
        Title = scenario.Title,
        Question = scenario.Question,
        File = scenario.File,
        EventCount = scenario.EventCount,
        Layout = CurrentLayout,
    };

    public static string StreamKeyFor(string scenario, string fingerprint) => $"{scenario}@{fingerprint[..16]}";
}
