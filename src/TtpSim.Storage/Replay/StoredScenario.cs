using System.Diagnostics.CodeAnalysis;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Storage.Replay;

/// <summary>How the store's copy of a scenario stands against its file as loaded now.</summary>
public enum StoredScenarioStatus
{
    NotReplayed,

    /// <summary>Replaying the file would write nothing.</summary>
    Current,

    /// <summary>The file (or a base it builds on) changed since it was replayed.</summary>
    FileChanged,

    /// <summary>The same file, stored by an earlier TtpSim in a layout this one does not read.</summary>
    EarlierLayout,
}

/// <summary>
/// The one rule for "is this scenario current?". Replay skips a current scenario and stores any other
/// again, and the scenarios listing reports the same verdict, so the two can never disagree.
/// </summary>
public static class StoredScenario
{
    public static StoredScenarioStatus StatusOf(ScenarioRecord? stored, Scenario scenario) => StatusOf(stored, scenario.Fingerprint);

    public static StoredScenarioStatus StatusOf(ScenarioRecord? stored, string fingerprint) =>
        stored is null ? StoredScenarioStatus.NotReplayed
        : stored.Fingerprint != fingerprint ? StoredScenarioStatus.FileChanged
        : stored.Layout != ScenarioRecord.CurrentLayout ? StoredScenarioStatus.EarlierLayout
        : StoredScenarioStatus.Current;

    public static bool IsCurrent([NotNullWhen(true)] ScenarioRecord? stored, Scenario scenario) =>
        IsCurrent(stored, scenario.Fingerprint);

    public static bool IsCurrent([NotNullWhen(true)] ScenarioRecord? stored, string fingerprint) =>
        StatusOf(stored, fingerprint) == StoredScenarioStatus.Current;
}
