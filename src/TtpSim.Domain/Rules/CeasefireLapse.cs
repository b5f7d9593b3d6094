using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Rules;

/// <summary>A ceasefire not extended or ended by its scheduled last day lapses the day after.</summary>
public static class CeasefireLapse
{
    /// <summary>The lapses that are due by <paramref name="day"/>: ceasefires in force whose scheduled last day is before it.</summary>
    public static IEnumerable<NegotiationEvent> DueBy(NegotiationState state, DateOnly day) =>
        !AnyLapsedBy(state, day)
            ? []
            : state.Ceasefires
            .Where(c => c.LapsedBy(day))
            .OrderBy(c => c.ScheduledEnd)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(Lapse);

    /// <summary>Asked for every day a history or a simulated run moves to, and almost always no: a plain loop, no closure.</summary>
    private static bool AnyLapsedBy(NegotiationState state, DateOnly day)
    {
        foreach (var ceasefire in state.Ceasefires)
        {
            if (ceasefire.LapsedBy(day))
            {
                return true;
            }
        }

        return false;
    }

    private static CeasefireEnded Lapse(Ceasefire ceasefire)
    {
        var firstDayOff = ceasefire.ScheduledEnd!.Value.AddDays(1);
        var meta = new EventMeta(
            $"{ceasefire.Id}--lapsed",
            HistoricalDate.OnDay(firstDayOff),
            firstDayOff,
            [],
            Ordinal: -1,
            new Derivation(RuleNames.CeasefireLapses, [.. ceasefire.EventIds]));
        return new CeasefireEnded(meta, ceasefire.Id, null, CeasefireEnding.Expired, $"its scheduled last day, {ceasefire.ScheduledEnd:yyyy-MM-dd}, passed without an extension");
    }
}
