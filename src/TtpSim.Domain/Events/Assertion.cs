using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>The epistemic status of an event: who says it happened, and how.</summary>
public enum AssertionStatus
{
    /// <summary>The outlet states it in its own voice.</summary>
    Reported,

    /// <summary>A party says it of itself or its own act.</summary>
    Claimed,

    /// <summary>One party accuses another; not counted as having happened.</summary>
    Alleged,

    /// <summary>The party concerned denies it happened.</summary>
    Denied,

    /// <summary>The party concerned, or an official for it, confirms it.</summary>
    Confirmed,
}

/// <summary>An event's epistemic status and who asserts it (null for an outlet reporting in its own voice).</summary>
public sealed record Assertion(AssertionStatus Status, ActorRef? By)
{
    public static readonly Assertion Reported = new(AssertionStatus.Reported, null);

    /// <summary>Whether the event counts as having happened: not an allegation and not denied.</summary>
    public bool CountsAsHappened => Status is not (AssertionStatus.Alleged or AssertionStatus.Denied);

    /// <summary>" by NAME", or nothing when the outlet asserts it.</summary>
    public string ByWhom() => By is { } by ? $" by {by.Name}" : "";
}
