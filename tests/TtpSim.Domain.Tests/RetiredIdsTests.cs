using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>
/// Past the kept number, settled ceasefires and demands leave the state's lists, but their ids are
/// remembered: a later event naming one is not refused as unknown, and a re-used id is still caught.
/// </summary>
public sealed class RetiredIdsTests
{
    private static (NegotiationState State, Refusal? Refusal) Tell(IEnumerable<NegotiationEvent> events)
    {
        var (_, state, refusal) = Chronicle.Tell(events, until: new DateOnly(2030, 1, 1));
        return (state, refusal);
    }

    private static List<NegotiationEvent> ManySettledCeasefires()
    {
        var events = new List<NegotiationEvent>();
        for (var i = 0; i < RecentRecords.Kept + 5; i++)
        {
            var start = new DateOnly(2021, 1, 1).AddDays(i * 10);
            events.Add(Ceasefire($"c{i}", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null));
            events.Add(Ended($"c{i}", start.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return events;
    }

    [Fact]
    public void The_first_ceasefires_are_dropped_from_the_list_but_remembered()
    {
        var (state, refusal) = Tell(ManySettledCeasefires());

        Assert.Null(refusal);
        Assert.Null(state.FindCeasefire("c0"));
        Assert.Contains("c0", state.RetiredCeasefireIds);
    }

    [Fact]
    public void A_stored_state_leaves_the_retired_ids_out_so_it_does_not_grow_with_the_history()
    {
        var (state, _) = Tell(ManySettledCeasefires());

        var json = System.Text.Json.JsonSerializer.Serialize(state);

        Assert.NotEmpty(state.RetiredCeasefireIds);
        Assert.DoesNotContain("retired", json, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(System.Text.Json.JsonSerializer.Deserialize<NegotiationState>(json)!.RetiredCeasefireIds);
    }

    [Fact]
    public void An_allegation_about_a_dropped_ceasefire_is_accepted_not_refused_as_unknown()
    {
        var events = ManySettledCeasefires();
        events.Add(new CeasefireViolated(Meta("late-allegation", "2022-06-01"), "c0", Ttp, "an old breach alleged late"));

        Assert.Null(Tell(events).Refusal);
    }

    [Fact]
    public void Declaring_a_dropped_ceasefire_again_is_caught()
    {
        var events = ManySettledCeasefires();
        events.Add(Ceasefire("c0", "2022-06-01", null));

        var refusal = Tell(events).Refusal;

        Assert.NotNull(refusal);
        Assert.Contains("already declared", refusal.Reason.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extending_a_dropped_ceasefire_says_it_ended()
    {
        var events = ManySettledCeasefires();
        events.Add(new CeasefireExtended(Meta("late-extension", "2022-06-01"), "c0", Ttp, new DateOnly(2022, 7, 1)));

        Assert.Contains("ended", Tell(events).Refusal!.Reason.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_puts_an_before_a_vowel()
    {
        var declared = new CeasefireDeclared(Meta("agreed", "2021-11-09"), "nov", Government, Ttp, CeasefireKind.Agreed, null);

        Assert.StartsWith("Government of Pakistan declares an agreed ceasefire for TTP", declared.Describe(), StringComparison.Ordinal);
    }
}
