using System.Collections.Immutable;
using CsCheck;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// A prepared history answers every date with the very report the whole search gives: the same settled and
/// open statuses, the same witnesses and causes, the same refusals. Histories are the shipped scenarios with
/// a few events' dates widened at random into ranges, so runs of overlapping intervals come and go; each
/// prepared history is asked many dates out of order, so readings kept for one date serve the others.
/// </summary>
public sealed class PreparedUncertaintyPropertyTests
{
    private static readonly Scenario[] Shipped = [.. ShippedScenarioFiles.Load()];

    private static readonly DateOnly First = new(2021, 6, 1);
    private static readonly DateOnly Last = new(2022, 9, 30);

    [Fact]
    public void A_prepared_history_gives_the_whole_searchs_report_on_every_date()
    {
        Gen.Select(Gen.Int[0, Shipped.Length - 1], Gen.Int, Gen.Int[First.DayNumber, Last.DayNumber].Array[12])
            .Sample((which, seed, days) =>
            {
                var history = Widened(Shipped[which].Events, new Random(seed));
                var horizon = Horizon.OfHistory(history);
                var prepared = new PreparedUncertainty(history, horizon);
                foreach (var asOf in days.Select(DateOnly.FromDayNumber))
                {
                    var whole = Described(() => DateUncertainty.On(history, asOf, null, horizon));
                    Assert.Equal(whole, Described(() => prepared.On(asOf, null)));
                }
            }, iter: 150);
    }

    [Fact]
    public void A_prepared_history_gives_the_whole_searchs_report_on_every_third_day_in_order()
    {
        var history = Widened(Shipped.Single(s => s.Name == "baseline-2021-22").Events, new Random(7));
        var prepared = new PreparedUncertainty(history, Horizon.OfHistory(history));
        for (var asOf = First; asOf <= Last; asOf = asOf.AddDays(3))
        {
            Assert.Equal(Described(() => DateUncertainty.On(history, asOf, null, Horizon.OfHistory(history))), Described(() => prepared.On(asOf, null)));
        }
    }

    /// <summary>Up to three events, chosen at random, dated to a range of up to a month around their day.</summary>
    private static List<NegotiationEvent> Widened(ImmutableArray<NegotiationEvent> events, Random random)
    {
        var widened = events.Where(e => !e.Meta.IsDerived).ToList();
        for (var n = random.Next(4); n > 0; n--)
        {
            var at = random.Next(widened.Count);
            var start = widened[at].Meta.Occurred.Start.AddDays(-random.Next(16));
            var end = widened[at].Meta.Occurred.End.AddDays(random.Next(16));
            widened[at] = widened[at] with { Meta = widened[at].Meta with { Occurred = HistoricalDate.Between(start, end) } };
        }

        return widened;
    }

    /// <summary>Everything a report says, witnesses included, in one comparable text; or the refusal's message.</summary>
    private static string Described(Func<DateUncertaintyReport> report)
    {
        DateUncertaintyReport found;
        try
        {
            found = report();
        }
        catch (TooUncertainException e)
        {
            return "refused: " + e.Message;
        }

        // Each settled status as listed and as looked up: a prepared report keeps most of them apart from the dictionary.
        var settled = found.Settled.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key}={s.Value ?? "null"}" + (found.TrySettled(s.Key, out var looked) && looked == s.Value ? "" : " but looked up otherwise"))
            .Append($"{found.Settled.Count} settled");
        var open = found.Open.Select(o => $"{o.Path}: "
            + string.Join(" / ", o.Possible.Select(p => $"{p.Value ?? "null"} by [{string.Join(",", p.Witness.Happened.Select(c => $"{c.EventId}@{c.Day:yyyy-MM-dd}"))}] not [{string.Join(",", p.Witness.NotYet)}]"))
            + $" because [{string.Join(",", o.BecauseOf)}]");
        return string.Join("\n", [.. settled, .. open, $"horizon {found.Horizon}", $"may not have happened [{string.Join(",", found.MayNotHaveHappened)}]", $"may have been known [{string.Join(",", found.MayHaveBeenKnown)}]"]);
    }
}
