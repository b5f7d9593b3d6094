using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>The one number an event reports, if any, and what it counts: people killed, prisoners, attacks, deals.</summary>
public sealed record EventFigure(string Counts, Estimate Estimate);
