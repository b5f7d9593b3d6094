namespace TtpSim.Storage.Replay;

public sealed class ScenarioNotReplayedException(string scenario, bool storedByAnEarlierVersion = false)
    : Exception(storedByAnEarlierVersion
        ? $"scenario '{scenario}' was stored by an earlier version of TtpSim; replay it again: ./ttpsim replay scenarios/{scenario}.yaml"
        : $"scenario '{scenario}' has not been replayed yet; run: ./ttpsim replay scenarios/{scenario}.yaml")
{
    public string Scenario { get; } = scenario;
}

/// <summary>Another process changed the same scenario at the same moment; running again settles it.</summary>
public sealed class ReplayConflictException(string scenario, Exception inner)
    : Exception($"another process replayed scenario '{scenario}' at the same time; nothing of this run was written, run it again", inner);
