using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Reports.Html;

/// <summary>
/// Colours. An actor keeps one colour across every scenario of a report, so the TTP's attacks look the
/// same in the baseline and in each alternative; perpetrators of attacks are coloured first, so the
/// most distinct colours go to them.
/// </summary>
internal sealed class Palette
{
    public const string AgreedCeasefire = "#2a9d8f";
    public const string UnilateralCeasefire = "#8fd3c8";
    public const string Neutral = "#6c757d";
    public const string Faint = "#adb5bd";
    public const string Met = "#2b9348";
    public const string PartlyMet = "#a7c957";
    public const string Rejected = "#d62828";
    public const string Tabled = "#6c757d";
    public const string Release = "#0077b6";
    public const string Pressure = "#f77f00";
    public const string Parliament = "#3a0ca3";
    public const string Mediation = "#7b2cbf";
    public const string Differs = "#ff8800";

    private static readonly string[] ActorColours =
    [
        "#c1121f", "#1d3557", "#e9a800", "#6a4c93", "#2a9d8f", "#f4845f", "#457b9d", "#588157", "#bc6c25", "#8d99ae",
    ];

    private readonly Dictionary<string, string> byActor = new(StringComparer.Ordinal);

    public Palette(IEnumerable<NegotiationEvent> allEvents)
    {
        var ordered = Timeline.InHistoricalOrder(allEvents);
        foreach (var perpetrator in ordered.Select(Perpetrator).OfType<ActorRef>())
        {
            Assign(perpetrator.Id);
        }

        foreach (var demand in ordered.OfType<DemandTabled>())
        {
            Assign(demand.By.Id);
        }

        Perpetrators = [.. ordered.Select(Perpetrator).OfType<ActorRef>().DistinctBy(a => a.Id)];
        DemandingParties = [.. ordered.OfType<DemandTabled>().Select(d => d.By).DistinctBy(a => a.Id)];
    }

    public IReadOnlyList<ActorRef> Perpetrators { get; }

    public IReadOnlyList<ActorRef> DemandingParties { get; }

    public static string TalksPhase(TalksStatus status) => status switch
    {
        TalksStatus.Secret => "#9d8df1",
        TalksStatus.Open => "#4361ee",
        TalksStatus.Resumed => "#4cc9f0",
        TalksStatus.Suspended => "#f4a6a6",
        TalksStatus.Stalled => "#f6d28b",
        TalksStatus.None => "#e9ecef",
        TalksStatus.Unknown => "#ced4da",
    };

    public static string DemandStatus(Domain.State.DemandStatus status) => status switch
    {
        Domain.State.DemandStatus.Met => Met,
        Domain.State.DemandStatus.PartlyMet => PartlyMet,
        Domain.State.DemandStatus.Rejected => Rejected,
        _ => Tabled,
    };

    public string Actor(ActorRef? actor) => actor is not null && byActor.TryGetValue(actor.Id, out var colour) ? colour : Neutral;

    private static ActorRef? Perpetrator(NegotiationEvent e) => e switch
    {
        AttackClaimed a => a.Perpetrator,
        AttackClaimsReported c => c.Perpetrator,
        _ => null,
    };

    private void Assign(string actorId)
    {
        if (!byActor.ContainsKey(actorId))
        {
            byActor[actorId] = ActorColours[byActor.Count % ActorColours.Length];
        }
    }
}
