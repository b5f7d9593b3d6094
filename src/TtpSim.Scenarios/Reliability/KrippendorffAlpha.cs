namespace TtpSim.Scenarios.Reliability;

/// <summary>
/// Krippendorff's alpha for nominal values, two coders, each unit coded by both: one minus the observed
/// disagreement over the disagreement expected by chance, from the coincidence matrix of the values.
/// </summary>
public static class KrippendorffAlpha
{
    /// <returns>Alpha, or null where it is undefined (every value the same, so chance agreement is total).</returns>
    public static double? Nominal(IReadOnlyList<(string First, string Second)> units)
    {
        if (units.Count == 0)
        {
            return null;
        }

        // Each unit adds its pair of values to the coincidence matrix in both orders.
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        double disagreeing = 0;
        foreach (var (first, second) in units)
        {
            totals[first] = totals.GetValueOrDefault(first) + 1;
            totals[second] = totals.GetValueOrDefault(second) + 1;
            disagreeing += first == second ? 0 : 2;
        }

        var n = 2.0 * units.Count;
        var expectedDisagreeing = (n * n - totals.Values.Sum(t => t * t)) / (n - 1);
        return expectedDisagreeing == 0 ? null : 1 - (disagreeing / expectedDisagreeing);
    }
}
