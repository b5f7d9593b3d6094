using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>The CLI reads TTPSIM_CONNECTION from the environment, so its tests run one at a time against one database.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "cli";
}
