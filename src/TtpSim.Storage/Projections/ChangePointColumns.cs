namespace TtpSim.Storage.Projections;

/// <summary>
/// The columns <see cref="StateChangePoint"/>'s table carries besides its JSON, as Marten names the duplicated members
/// (a test holds them to its mapping): replay's COPY writes them and a state query reads them.
/// </summary>
public static class ChangePointColumns
{
    public const string StreamKey = "stream_key";

    public const string Date = "date";

    /// <summary><c>State.EventsApplied</c>: Marten joins a nested member's path without a separator.</summary>
    public const string EventsApplied = "stateevents_applied";

    public const string PrecededByStoredRange = "preceded_by_stored_range";
}
