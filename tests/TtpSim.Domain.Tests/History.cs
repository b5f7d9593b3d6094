using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Tests;

/// <summary>Builds small histories in code: actors and events with just the facts a test needs.</summary>
internal static class History
{
    public static readonly ActorRef Government = new("pakistan-government", "Government of Pakistan", ActorKind.State, []);
    public static readonly ActorRef Ttp = new("ttp", "TTP", ActorKind.Militant, []);
    public static readonly ActorRef GulBahadur = new("ttp-hafiz-gul-bahadur", "Hafiz Gul Bahadur faction", ActorKind.Militant, ["ttp"]);
    public static readonly ActorRef Iskp = new("iskp", "ISKP", ActorKind.Militant, []);
    public static readonly ActorRef AfghanTaliban = new("afghan-taliban", "Afghan Taliban", ActorKind.Mediator, []);

    private static int ordinal;

    public static EventMeta Meta(string id, string date, string? known = null)
    {
        var occurred = HistoricalDate.Parse(date);
        var knownFrom = known is null ? occurred.Start : HistoricalDate.Parse(known).Start;
        return new EventMeta(id, occurred, knownFrom, [], Interlocked.Increment(ref ordinal));
    }

    public static CeasefireDeclared Ceasefire(string id, string start, string? end, ActorRef? scope = null) =>
        new(Meta($"declare-{id}", start), id, Ttp, scope ?? Ttp, CeasefireKind.Agreed, end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    public static CeasefireEnded Ended(string id, string on) =>
        new(Meta($"end-{id}", on), id, Ttp, CeasefireEnding.NotExtended, null);

    public static AttackClaimed Attack(string id, string on, ActorRef perpetrator, params int[] fatalities) =>
        new(Meta(id, on), perpetrator, AttackAttribution.Claimed, perpetrator, AttackMethod.Other, "somewhere", "someone",
            new Estimate([.. fatalities.Select((f, i) => new ReportedFigure(f, FigureBound.Exact, $"source-{i}", null))]), Estimate.Unknown);

    public static PrisonersReleased Released(string id, string on, ReleaseBasis basis, params int[] figures) =>
        new(Meta(id, on), Government,
            new Estimate([.. figures.Select((f, i) => new ReportedFigure(f, FigureBound.Exact, $"source-{i}", null))]), basis, null);

    public static ImmutableArray<NegotiationEvent> Of(params NegotiationEvent[] events) => [.. events];
}
