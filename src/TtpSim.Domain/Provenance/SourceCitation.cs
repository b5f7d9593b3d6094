namespace TtpSim.Domain.Provenance;

/// <summary>One article that supports an event, and the short quote from it that does.</summary>
public sealed record SourceCitation(string File, string Outlet, string Title, HistoricalDate Published, string Quote);
