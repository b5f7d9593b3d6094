namespace TtpSim.Domain.Simulation.Backtesting;

/// <summary>The proper scores a backtest uses: Brier for a yes/no outcome, CRPS for a count.</summary>
public static class ForecastScores
{
    /// <summary>The Brier score of probability <paramref name="p"/> for an outcome that did (true) or did not happen: (p − o)².</summary>
    public static double Brier(double p, bool happened) => (p - (happened ? 1 : 0)) * (p - (happened ? 1 : 0));

    /// <summary>
    /// The continuous ranked probability score of an ensemble (its empirical distribution) for the outcome
    /// <paramref name="y"/>: E|X − y| − ½ E|X − X'|, computed from the sorted sample in one pass.
    /// For a single value it is the absolute error.
    /// </summary>
    public static double Crps(double[] sorted, double y)
    {
        var n = sorted.Length;
        double toOutcome = 0, spread = 0;
        for (var i = 0; i < n; i++)
        {
            toOutcome += Math.Abs(sorted[i] - y);

            // Σ over pairs |x_i − x_j| = 2 Σ_i (2i − n + 1) x_(i), zero-based i.
            spread += (2.0 * i - n + 1) * sorted[i];
        }

        return (toOutcome / n) - (spread / ((double)n * n));
    }

    /// <summary>Nearest-rank quantile of a sorted sample.</summary>
    public static double Quantile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Whether the central interval holding <paramref name="level"/> of the ensemble contains <paramref name="y"/>.</summary>
    public static bool Covers(double[] sorted, double y, double level) =>
        Quantile(sorted, (1 - level) / 2) <= y && y <= Quantile(sorted, 1 - ((1 - level) / 2));

    /// <summary>The skill of a score against a reference's (lower is better): 1 − model/reference; none where the reference scored 0.</summary>
    public static double? Skill(double? model, double? reference) =>
        model is { } m && reference is { } r && r > 0 ? 1 - (m / r) : null;
}
