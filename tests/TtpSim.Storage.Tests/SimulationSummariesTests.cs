using TtpSim.Storage.Simulation;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>The seam the report reads simulations through: a stored summary comes back whole by its name.</summary>
[Collection(PostgresCollection.Name)]
public class SimulationSummariesTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    [Fact]
    public async Task A_stored_simulation_is_found_by_name_with_every_week()
    {
        var summary = SimulationSummaries.Fading("truce-holds", "baseline-2021-22", new DateOnly(2021, 12, 6), 12);
        await using (var session = Store.LightweightSession())
        {
            session.Store(StoredSimulation.Of(summary));
            await session.SaveChangesAsync();
        }

        var found = await new SimulationRepository(Store).FindAsync("truce-holds");

        Assert.NotNull(found);
        Assert.Equal(summary.Weeks, found.Weeks);
        Assert.Equal(TtpSim.Domain.Snapshots.SnapshotJson.Serialize(summary), TtpSim.Domain.Snapshots.SnapshotJson.Serialize(found));
    }

    [Fact]
    public async Task An_unknown_name_finds_nothing()
    {
        Assert.Null(await new SimulationRepository(Store).FindAsync("never-run"));
    }
}
