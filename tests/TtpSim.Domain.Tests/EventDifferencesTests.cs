using TtpSim.Domain.Comparison;
using TtpSim.Domain.Provenance;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>Matching two histories' events by id: what only one has, and what both have with other facts.</summary>
public class EventDifferencesTests
{
    [Fact]
    public void Events_are_matched_by_id_and_changed_when_any_fact_differs()
    {
        var kept = Attack("kept", "2021-09-01", Ttp, 1);
        var moreDead = Attack("more-dead", "2021-09-05", Ttp, 2);
        var shifted = Attack("shifted", "2021-11-20", Ttp, 4);
        var a = Of(kept, moreDead, shifted, Attack("only-a-2", "2021-12-01", Ttp), Attack("only-a-1", "2021-08-01", Ttp));
        var b = Of(
            Attack("only-b", "2021-07-01", Iskp),
            shifted with { Meta = shifted.Meta with { Occurred = HistoricalDate.Parse("2021-11-10") } },
            kept,
            moreDead with { Fatalities = Attack("more-dead", "2021-09-05", Ttp, 20).Fatalities });

        var differences = EventDifferences.Between(a, b);

        Assert.Equal(["only-a-2", "only-a-1"], differences.OnlyInA.Select(e => e.Meta.Id));
        Assert.Equal(["only-b"], differences.OnlyInB.Select(e => e.Meta.Id));
        Assert.Equal(["more-dead", "shifted"], differences.Changed.Select(c => c.InA.Meta.Id));
        Assert.Equal(new DateOnly(2021, 11, 10), differences.Changed[1].FirstDate);
    }

    [Fact]
    public void A_history_has_no_differences_with_itself()
    {
        var history = Of(Attack("one", "2021-10-01", Ttp, 3), Attack("other", "2021-10-02", Iskp, 1));

        var differences = EventDifferences.Between(history, history);

        Assert.Empty(differences.OnlyInA);
        Assert.Empty(differences.OnlyInB);
        Assert.Empty(differences.Changed);
    }
}
