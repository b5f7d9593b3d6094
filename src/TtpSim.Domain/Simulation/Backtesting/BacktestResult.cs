using System.Collections.Immutable;

namespace TtpSim.Domain.Simulation.Backtesting;

/// <summary>Of the model's forecasts that fell in one band of probability, how many there were, their mean, and how often the thing happened.</summary>
public sealed record ReliabilityBin(double From, double To, int N, double MeanForecast, double ObservedFrequency);

/// <summary>Mean Brier scores over <see cref="N"/> scored weeks (lower is better); <see cref="Unscored"/> weeks the record cannot settle were left out.</summary>
public sealed record BinaryScores(int N, int Unscored, double? Model, double? Persistence, double? Climatology, ImmutableArray<ReliabilityBin> Reliability);

/// <summary>Mean CRPS over <see cref="N"/> scored months (lower is better), and how often the model's central 50% and 90% intervals held the outcome.</summary>
public sealed record CountScores(int N, int Unscored, double? Model, double? Persistence, double? Climatology, double? Coverage50, double? Coverage90);

/// <summary>A backtest: the cutoffs, how far each forecast ran, and the scores of the model and of the two reference forecasts.</summary>
public sealed record BacktestResult(
    ImmutableArray<DateOnly> Cutoffs,
    int Weeks,
    int Runs,
    int Seed,
    DateOnly? Horizon,
    BinaryScores CeasefireInForce,
    BinaryScores TalksSuspended,
    CountScores AttacksPerMonth);
