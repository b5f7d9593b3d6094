using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

[Collection(PostgresCollection.Name)]
public class StateAtDateTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private async Task<StateSnapshot> At(int year, int month, int day, DateOnly? knownAsOf = null)
    {
        var date = new DateOnly(year, month, day);
        return await Scenarios.SnapshotAtAsync(Baseline.Name, date, knownAsOf);
    }

    [Fact]
    public async Task Before_during_and_after_the_November_2021_ceasefire()
    {
        await Scenarios.ReplayAsync(Baseline);

        var before = await At(2021, 11, 8);
        var during = await At(2021, 11, 20);
        var after = await At(2021, 12, 10);

        Assert.False(before.Ceasefire.Active);
        Assert.True(during.Ceasefire.Active);
        Assert.Equal(new DateOnly(2021, 12, 9), during.Ceasefire.ScheduledEnd);
        Assert.Equal(19, during.Ceasefire.DaysLeft);
        Assert.False(after.Ceasefire.Active);
        var november = Assert.Single(after.Ceasefire.History, c => c.ScopeId == "ttp" && c.Start == "2021-11-09");
        Assert.Equal("ended", november.Status);
        Assert.Equal("2021-12-09", november.Ended);
    }

    [Fact]
    public async Task The_mediator_was_unknown_to_the_public_until_it_was_reported()
    {
        await Scenarios.ReplayAsync(Baseline);
        var day = new DateOnly(2021, 11, 1);

        var thenKnown = await At(2021, 11, 1, knownAsOf: day);
        var laterKnown = await At(2021, 11, 1, knownAsOf: new DateOnly(2021, 12, 31));

        Assert.DoesNotContain(thenKnown.Talks.MediatorDetails, m => m.Id == "sirajuddin-haqqani");
        Assert.Contains(laterKnown.Talks.MediatorDetails, m => m.Id == "sirajuddin-haqqani");
    }

    [Fact]
    public async Task Before_anything_happened_the_state_is_the_initial_one()
    {
        await Scenarios.ReplayAsync(Baseline);

        var state = await Scenarios.StateAtAsync(Baseline.Name, new DateOnly(1990, 1, 1), null);

        Assert.Equal(SnapshotJson.Serialize(NegotiationState.Initial), SnapshotJson.Serialize(state));
    }
}
