namespace TtpSim.Domain.Events;

public enum CeasefireKind
{
    Unilateral,
    Agreed,
}

public enum CeasefireEnding
{
    Expired,
    NotExtended,
    CalledOff,
    BrokeDown,
}
