using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>
/// The record ends where its last source was published. Past it no rule infers a lapse, and a ceasefire
/// still in force when the record ends is unknown, not ended: "the record cannot say".
/// </summary>
public sealed class HorizonTests
{
    private static readonly SourceCitation May19 = new("004.txt", "An outlet", "A title", HistoricalDate.OnDay(new DateOnly(2022, 5, 19)), "a quote");

    private static readonly CeasefireDeclared Truce = new(
        Meta("truce", "2022-05-18") with { Sources = [May19] }, "may", Ttp, Ttp, CeasefireKind.Agreed, new DateOnly(2022, 5, 30));

    private static StateSnapshot At(string day)
    {
        var (derived, _, refusal) = Chronicle.Tell([Truce]);
        Assert.Null(refusal);
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        return SnapshotBuilder.FromHistory("s", [Truce, .. derived], date, null);
    }

    [Fact]
    public void No_lapse_is_inferred_past_the_last_source()
    {
        var (derived, state, _) = Chronicle.Tell([Truce]);

        Assert.Empty(derived);
        Assert.Equal(new DateOnly(2022, 5, 19), state.RecordEnds);
    }

    [Fact]
    public void Inside_the_record_the_ceasefire_is_in_force()
    {
        var snapshot = At("2022-05-19");

        Assert.True(snapshot.Ceasefire.Active);
        Assert.False(snapshot.Record.BeyondHorizon);
    }

    [Theory]
    [InlineData("2022-05-25")]
    [InlineData("2022-06-15")]
    public void Past_the_record_the_ceasefire_is_unknown_not_ended(string day)
    {
        var snapshot = At(day);

        Assert.Null(snapshot.Ceasefire.Active);
        Assert.Equal("unknown", Assert.Single(snapshot.Ceasefire.History).Status);
        Assert.True(snapshot.Record.BeyondHorizon);
        Assert.Equal(new DateOnly(2022, 5, 19), snapshot.Record.Horizon);
    }

    [Fact]
    public void A_history_that_cites_no_source_still_lapses_at_its_scheduled_end()
    {
        var uncited = Ceasefire("c", "2022-05-18", "2022-05-30");

        var (derived, _, _) = Chronicle.Tell([uncited]);

        Assert.IsType<CeasefireEnded>(Assert.Single(derived));
    }
}
