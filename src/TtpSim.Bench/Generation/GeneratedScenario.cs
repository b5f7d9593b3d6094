namespace TtpSim.Bench.Generation;

/// <summary>A scenario file the generator wrote: <see cref="RecordedEvents"/> is what the file states, before the rules derive more.</summary>
public sealed record GeneratedScenario(string Name, string Path, int RecordedEvents, long FileBytes);
