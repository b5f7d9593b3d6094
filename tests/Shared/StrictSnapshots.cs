using System.Runtime.CompilerServices;

namespace TtpSim.Tests.Shared;

/// <summary>
/// A test run never passes by writing a snapshot: a missing one fails (Snapshooter's strict mode).
/// To record a new snapshot on purpose, run the tests once with TTPSIM_UPDATE_SNAPSHOTS=1, review
/// the file, and commit it.
/// </summary>
internal static class StrictSnapshots
{
    [ModuleInitializer]
    internal static void Enable()
    {
        if (Environment.GetEnvironmentVariable("TTPSIM_UPDATE_SNAPSHOTS") != "1")
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        }
    }
}
