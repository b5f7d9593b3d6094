using Snapshooter;
using Snapshooter.Xunit;
using TtpSim.Domain.Snapshots;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// The baseline's state on dates from October 2021 to May 2022, read back through Marten, compared
/// with committed snapshots of the JSON contract. Appending the same events in shuffled order must
/// give the very same snapshots.
/// </summary>
[Collection(PostgresCollection.Name)]
public class BaselineSnapshotTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private static readonly string[] SnapshotDates =
    [
        "2021-10-01", "2021-10-15", "2021-11-01", "2021-11-09", "2021-11-20", "2021-12-09",
        "2021-12-15", "2022-02-15", "2022-03-05", "2022-04-15", "2022-05-14", "2022-05-20", "2022-05-31",
    ];

    public static TheoryData<string> Dates() => [.. SnapshotDates];

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task State_of_the_baseline_on(string date)
    {
        await Scenarios.ReplayAsync(Baseline);
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var snapshot = await Scenarios.SnapshotAtAsync(Baseline.Name, day, null);

        Snapshot.Match(SnapshotJsonForTests.Contract(snapshot), new SnapshotNameExtension(date));
    }

    [Theory]
    [InlineData("2021-11-01")]
    [InlineData("2021-12-31")]
    public async Task Talks_on_1_November_2021_as_the_public_knew_them_on(string knownAsOf)
    {
        await Scenarios.ReplayAsync(Baseline);
        var day = new DateOnly(2021, 11, 1);
        var known = DateOnly.ParseExact(knownAsOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var snapshot = await Scenarios.SnapshotAtAsync(Baseline.Name, day, known);

        Snapshot.Match(SnapshotJsonForTests.Contract(snapshot.Talks), new SnapshotNameExtension(knownAsOf));
    }

    [Fact]
    public async Task Shuffled_append_gives_identical_snapshots_on_every_date()
    {
        // Replay sorts events into historical order before storing them, so the shuffled history goes in
        // through Marten's own append instead, in several transactions, and Marten's inline projection makes
        // its change points from events that arrive out of order.
        var shuffled = Baseline.Events.ToArray();
        new Random(16).Shuffle(shuffled);
        await Scenarios.ReplayAsync(Baseline);
        await AppendThroughMartenAsync("baseline-shuffled", shuffled, batchSize: 20);
        Assert.Equal(shuffled.Select(e => e.Meta.Id), (await Scenarios.EventsAsync("baseline-shuffled")).Select(e => e.Meta.Id));

        foreach (var date in SnapshotDates)
        {
            var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var ordered = await Scenarios.SnapshotAtAsync(Baseline.Name, day, null);
            var fromShuffled = await Scenarios.SnapshotAtAsync("baseline-shuffled", day, null) with { Scenario = Baseline.Name };
            Assert.Equal(SnapshotJson.Serialize(ordered), SnapshotJson.Serialize(fromShuffled));
        }
    }
}
