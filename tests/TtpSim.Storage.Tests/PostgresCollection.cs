using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>All storage tests share one throw-away server; each test class makes its own database in it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
