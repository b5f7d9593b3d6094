using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record MilitaryOperationLaunched(EventMeta Meta, ActorRef By, string? Name, string Area, string Description)
    : NegotiationEvent(Meta), IEventType<MilitaryOperationLaunched>
{
    public static string Definition => "A state launches a military operation in an area.";

    public override CameoCode? Cameo => CameoCode.ConventionalForce;

    public static MilitaryOperationLaunched Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.OptionalText("name"), fields.Text("area"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.ClaimsAndOperations;

    public override string Describe() => $"{By.Name} launches {Name ?? "an operation"} in {Area}";

    public override PloverCode? Plover(EventLookup history) => new("ASSAULT", null, "military");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Operations = state.Operations.Add(new MilitaryOperation(Meta.Id, Meta.Occurred, By, Name, Area, Description)),
    };
}
