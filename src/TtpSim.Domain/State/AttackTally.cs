using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

/// <summary>
/// Every attack by one perpetrator so far, added up as they are folded (the state keeps only the
/// latest attacks, so totals cannot be summed from its list). Unknown fatality figures count as 0.
/// </summary>
public sealed record AttackTally(ActorRef Perpetrator, int Attacks, int FatalitiesLow, int FatalitiesHigh, int InsideCeasefire)
{
    public AttackTally With(AttackRecord attack) => this with
    {
        Attacks = Attacks + 1,
        FatalitiesLow = FatalitiesLow + (attack.Fatalities.Low ?? 0),
        FatalitiesHigh = FatalitiesHigh + (attack.Fatalities.High ?? 0),
        InsideCeasefire = InsideCeasefire + (attack.InsideCeasefire is null ? 0 : 1),
    };
}
