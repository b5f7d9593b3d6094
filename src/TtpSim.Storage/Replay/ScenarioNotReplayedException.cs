namespace TtpSim.Storage.Replay;

/// <summary>A scenario asked for that the store does not hold, or holds in a shape this version no longer reads.</summary>
public sealed class ScenarioNotReplayedException(string scenario, bool storedByAnEarlierVersion = false)
    : Exception(Describe(scenario, storedByAnEarlierVersion, $"scenarios/{scenario}.yaml"))
{
    public string Scenario { get; } = scenario;

    public bool StoredByAnEarlierVersion { get; } = storedByAnEarlierVersion;

    /// <summary>The message, its replay command naming <paramref name="file"/>: the scenario's own file, where the caller can find it (it may be a <c>.jsonl</c>).</summary>
    public string MessageNaming(string file) => Describe(Scenario, StoredByAnEarlierVersion, file);

    private static string Describe(string scenario, bool storedByAnEarlierVersion, string file) => storedByAnEarlierVersion
        ? $"scenario '{scenario}' was stored by an earlier version of TtpSim; replay it again: ./ttpsim replay {file}"
        : $"scenario '{scenario}' has not been replayed yet; run: ./ttpsim replay {file}";
}

/// <summary>Another process changed the same scenario at the same moment; running again settles it.</summary>
public sealed class ReplayConflictException(string scenario, Exception inner)
    : Exception($"another process replayed scenario '{scenario}' at the same time; nothing of this run was written, run it again", inner);
