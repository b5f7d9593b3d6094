namespace TtpSim.Domain.Rules;

/// <summary>The rules by name, as derived events cite them.</summary>
public static class RuleNames
{
    public const string CeasefireLapses = "ceasefire-lapses-at-scheduled-end";
    public const string AttackViolatesCeasefire = "attack-inside-ceasefire-violates-it";
    public const string ConcessionMeetsDemand = "concession-meets-demand";
}
