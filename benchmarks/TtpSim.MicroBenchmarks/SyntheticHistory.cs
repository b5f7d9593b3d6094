using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// A long, made-up history with the baseline's shape: mostly claimed attacks, with a ceasefire
/// declared every cycle (half of them called off, half left to lapse), talks rounds, demands and
/// prisoner releases. Deterministic, so every run and both benchmark forms (events in memory and a
/// scenario file) see the same history. Every event cites one of the baseline's real quotes.
/// </summary>
public static class SyntheticHistory
{
    /// <summary>One cycle is this many events; the slots below say where in a cycle each kind falls.</summary>
    public const int CycleLength = 100;

    private const int EventsPerDay = 4;
    private const int CeasefireDeclaredSlot = 0;
    private const int TalksRoundSlot = 10;
    private const int DemandSlot = 20;
    private const int ReleaseSlot = 30;
    private const int SecondTalksRoundSlot = 50;
    private const int CeasefireEndedSlot = 60;
    private const int CeasefireDays = 20;

    public static readonly DateOnly FirstDay = new(2021, 1, 1);

    public static readonly ActorRef Government = new("pakistan-government", "Government of Pakistan", ActorKind.State, []);

    public static readonly ActorRef Ttp = new("ttp", "TTP", ActorKind.Militant, []);

    public static readonly ActorRef TtpFaction = new("ttp-hafiz-gul-bahadur", "Hafiz Gul Bahadur faction", ActorKind.Militant, ["ttp"]);

    public static readonly ActorRef Mediator = new("afghan-taliban", "Afghan Taliban", ActorKind.Mediator, []);

    public static ImmutableArray<ActorRef> Actors { get; } = [Government, Ttp, TtpFaction, Mediator];

    private static readonly AttackMethod[] Methods = Enum.GetValues<AttackMethod>();

    /// <summary>The <paramref name="count"/> events of the history, citing <paramref name="quotes"/> in turn.</summary>
    public static ImmutableArray<NegotiationEvent> Generate(int count, IReadOnlyList<SourceCitation> quotes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (quotes.Count == 0)
        {
            throw new ArgumentException("at least one quote to cite is needed", nameof(quotes));
        }

        var events = ImmutableArray.CreateBuilder<NegotiationEvent>(count);
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            events.Add(EventAt(ordinal, quotes[ordinal % quotes.Count]));
        }

        return events.MoveToImmutable();
    }

    /// <summary>
    /// The first <paramref name="count"/> events of the history as a replay stores and folds them: the
    /// recorded events with those the rules derive (lapses, violations, demands met), in historical
    /// order. Without the derived lapses, ceasefires left to lapse would stay in force for ever.
    /// </summary>
    public static ImmutableArray<NegotiationEvent> AsStored(int count, IReadOnlyList<SourceCitation> quotes)
    {
        var recorded = Generate(count, quotes);
        var (derived, _, refusal) = Chronicle.Tell(recorded);
        if (refusal is not null)
        {
            throw new InvalidOperationException($"the decider refused synthetic event {refusal.Event.Meta.Id}: {refusal.Reason.Reason}");
        }

        return [.. Timeline.InHistoricalOrder([.. recorded, .. derived]).Take(count)];
    }

    public static DateOnly DayOf(int ordinal) => FirstDay.AddDays(ordinal / EventsPerDay);

    private static NegotiationEvent EventAt(int ordinal, SourceCitation citation)
    {
        var cycle = ordinal / CycleLength;
        var day = DayOf(ordinal);
        var ceasefireId = $"ceasefire-{cycle}";
        var demandId = $"demand-{cycle}";
        var file = citation.File;
        switch (ordinal % CycleLength)
        {
            case CeasefireDeclaredSlot:
                return new CeasefireDeclared(Meta($"ceasefire-declared-{cycle}", day, citation, ordinal), ceasefireId, Ttp, Ttp, CeasefireKind.Unilateral, day.AddDays(CeasefireDays));
            case CeasefireEndedSlot when cycle % 2 == 0:
                return new CeasefireEnded(Meta($"ceasefire-ended-{cycle}", day, citation, ordinal), ceasefireId, Ttp, CeasefireEnding.CalledOff, "The TTP called the ceasefire off.");
            case TalksRoundSlot or SecondTalksRoundSlot:
                return new TalksRoundHeld(Meta($"talks-round-{ordinal}", day, citation, ordinal), "Kabul", [new Delegation(Government, "Lt Gen Faiz Hameed", 4), new Delegation(Ttp, null, null)]);
            case DemandSlot:
                return new DemandTabled(Meta($"demand-tabled-{cycle}", day, citation, ordinal), demandId, Ttp, Government, DemandSubject.PrisonerRelease, "Release TTP prisoners held by Pakistan.");
            case ReleaseSlot:
                return new PrisonersReleased(Meta($"prisoners-released-{cycle}", day, citation, ordinal), Government, Estimate.Single(10 + (cycle % 20), file), ReleaseBasis.Batch, "TTP fighters");
            default:
                return new AttackClaimed(
                    Meta($"attack-{ordinal}", day, citation, ordinal),
                    ordinal % 3 == 0 ? TtpFaction : Ttp,
                    AttackAttribution.Claimed,
                    Ttp,
                    Methods[ordinal % Methods.Length],
                    $"Checkpoint {ordinal % 97}, North Waziristan",
                    "Security forces",
                    Estimate.Single(ordinal % 7, file),
                    ordinal % 2 == 0 ? Estimate.Single(ordinal % 11, file) : Estimate.Unknown);
        }
    }

    /// <summary>As the loader sets it when a file gives no <c>known</c>: the cited source's publication, never before the event.</summary>
    private static EventMeta Meta(string id, DateOnly day, SourceCitation citation, int ordinal)
    {
        var published = citation.Published.End;
        return new EventMeta(id, HistoricalDate.OnDay(day), published > day ? published : day, [citation], ordinal);
    }
}
