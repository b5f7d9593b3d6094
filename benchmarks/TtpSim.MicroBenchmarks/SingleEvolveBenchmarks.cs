using BenchmarkDotNet.Attributes;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// One attack folded into a state that already holds a long history: if the cost of one event grows
/// with the history (an attack looks for the ceasefire covering it among all ceasefires), a fold of a
/// whole history is quadratic.
/// </summary>
[MemoryDiagnoser]
public class SingleEvolveBenchmarks
{
    private NegotiationState before = NegotiationState.Initial;
    private AttackClaimed attack = null!;

    [Params(1_000, 10_000, 100_000)]
    public int PriorEvents { get; set; }

    [GlobalSetup]
    public void FoldPriorHistory()
    {
        var history = SyntheticHistory.AsStored(PriorEvents + SyntheticHistory.CycleLength, BaselineInputs.Quotes);
        before = history.Take(PriorEvents).Aggregate(NegotiationState.Initial, NegotiationFold.Evolve);
        attack = history.Skip(PriorEvents).OfType<AttackClaimed>().First();
    }

    [Benchmark]
    public NegotiationState EvolveOneAttack() => NegotiationFold.Evolve(before, attack);
}
