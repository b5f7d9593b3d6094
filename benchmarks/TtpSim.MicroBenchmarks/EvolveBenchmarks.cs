using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.MicroBenchmarks;

/// <summary>Folding a whole stored history (recorded and derived events) from the initial state: a replay without the store.</summary>
[MemoryDiagnoser]
public class EvolveBenchmarks
{
    private ImmutableArray<NegotiationEvent> history;

    [Params(1_000, 100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void GenerateHistory() => history = SyntheticHistory.AsStored(Events, BaselineInputs.Quotes);

    [Benchmark]
    public NegotiationState FoldHistory()
    {
        var state = NegotiationState.Initial;
        foreach (var @event in history)
        {
            state = NegotiationFold.Evolve(state, @event);
        }

        return state;
    }
}
