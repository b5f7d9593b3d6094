namespace TtpSim.Bench;

/// <summary>Where the bench says what it is doing: a progress bar at a terminal, nothing when piped.</summary>
public interface IBenchProgress
{
    void Begin(int steps);

    void Step(string description);
}
