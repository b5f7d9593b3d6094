using TtpSim.Storage.Database;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>
/// Tests that stop, restart and race on a private server of their own: one at a time, since stopping
/// the server would break any other test using it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection : ICollectionFixture<PrivateServerFixture>
{
    public const string Name = "faults";

    /// <summary>The environment for a CLI process working on <paramref name="connection"/>, and nothing else.</summary>
    public static Dictionary<string, string?> Environment(string connection) => new()
    {
        [DatabaseLocator.ConnectionVariable] = connection,
    };

    /// <summary>A folder for a test's scenario files, deleted with the test class.</summary>
    public static string NewFolder() => Directory.CreateTempSubdirectory("ttpsim-faults-").FullName;
}
