using System.Text.Json.Serialization;

namespace TtpSim.Bench.Measurements;

/// <summary><see cref="Count"/> things (events, rows, runs) done in <see cref="Milliseconds"/>.</summary>
public sealed record Rate(long Count, double Milliseconds)
{
    [JsonPropertyOrder(1)]
    public double PerSecond => Milliseconds <= 0 ? 0 : Count / (Milliseconds / 1000.0);

    /// <summary>What the plot shows: cost per thing, so a line that rises with size is work that grows faster than the history.</summary>
    [JsonPropertyOrder(2)]
    public double MicrosecondsEach => Count == 0 ? 0 : Milliseconds * 1000.0 / Count;

    public static Rate Of(long count, TimeSpan elapsed) => new(count, elapsed.TotalMilliseconds);

    public static Rate operator +(Rate a, Rate b) => new(a.Count, a.Milliseconds + b.Milliseconds);
}
