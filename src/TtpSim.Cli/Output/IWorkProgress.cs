namespace TtpSim.Cli.Output;

/// <summary>What long work reports as it goes: how much there is, how much is done, and what it is doing now.</summary>
public interface IWorkProgress
{
    /// <summary>Starts counting afresh towards <paramref name="total"/> steps (runs, events, stages).</summary>
    void Start(string description, double total);

    void Advance(double steps = 1);

    void Describe(string description);
}
