namespace TtpSim.Domain.Events;

/// <summary>A CAMEO event code and its label, so the data can meet GDELT- and ICEWS-style tools.</summary>
public sealed record CameoCode(string Code, string Label)
{
    public static readonly CameoCode MakeStatement = new("010", "Make statement");
    public static readonly CameoCode DeclineComment = new("011", "Decline comment");
    public static readonly CameoCode ConsiderPolicyOption = new("014", "Consider policy option");
    public static readonly CameoCode Consult = new("040", "Consult");
    public static readonly CameoCode MakeVisit = new("042", "Make a visit");
    public static readonly CameoCode ExpressIntentToNegotiate = new("036", "Express intent to meet or negotiate");
    public static readonly CameoCode Mediate = new("045", "Mediate");
    public static readonly CameoCode EngageInNegotiation = new("046", "Engage in negotiation");
    public static readonly CameoCode Forgive = new("056", "Forgive");
    public static readonly CameoCode SignFormalAgreement = new("057", "Sign formal agreement");
    public static readonly CameoCode MaterialCooperation = new("060", "Engage in material cooperation");
    public static readonly CameoCode Yield = new("080", "Yield");
    public static readonly CameoCode ReleasePersons = new("0841", "Return, release person(s)");
    public static readonly CameoCode DeclareTruce = new("0871", "Declare truce, ceasefire");
    public static readonly CameoCode Demand = new("100", "Demand");
    public static readonly CameoCode DemandAid = new("103", "Demand aid");
    public static readonly CameoCode DemandPoliticalReform = new("104", "Demand political reform");
    public static readonly CameoCode DemandThatTargetYields = new("105", "Demand that target yields");
    public static readonly CameoCode DemandReleaseOfPersons = new("1053", "Demand release of persons or property");
    public static readonly CameoCode DemandDeEscalation = new("1056", "Demand de-escalation of military engagement");
    public static readonly CameoCode DemandWithdrawal = new("106", "Demand withdrawal");
    public static readonly CameoCode DemandCeasefire = new("107", "Demand ceasefire");
    public static readonly CameoCode Criticize = new("111", "Criticize or denounce");
    public static readonly CameoCode ComplainOfficially = new("114", "Complain officially");
    public static readonly CameoCode BringLawsuit = new("115", "Bring lawsuit against");
    public static readonly CameoCode Reject = new("120", "Reject");
    public static readonly CameoCode RefuseToYield = new("124", "Refuse to yield");
    public static readonly CameoCode RefuseToReleasePersons = new("1243", "Refuse to release persons or property");
    public static readonly CameoCode RejectSettlement = new("127", "Reject plan, agreement to settle dispute");
    public static readonly CameoCode DemonstrateOrRally = new("141", "Demonstrate or rally");
    public static readonly CameoCode ReduceRelations = new("160", "Reduce relations");
    public static readonly CameoCode HaltNegotiations = new("164", "Halt negotiations");
    public static readonly CameoCode ExpelOrWithdraw = new("166", "Expel or withdraw");
    public static readonly CameoCode UnconventionalViolence = new("180", "Use unconventional violence");
    public static readonly CameoCode Bombing = new("183", "Conduct suicide, car, or other non-military bombing");
    public static readonly CameoCode SuicideBombing = new("1831", "Carry out suicide bombing");
    public static readonly CameoCode ConventionalForce = new("190", "Use conventional military force");
    public static readonly CameoCode OccupyTerritory = new("192", "Occupy territory");
    public static readonly CameoCode ViolateCeasefire = new("196", "Violate ceasefire");
}
