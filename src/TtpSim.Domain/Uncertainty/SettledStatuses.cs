using System.Diagnostics.CodeAnalysis;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// The statuses a date settles: those worked out on the date, by path, and the demands settled by readings kept from
/// an earlier date, by their place among the tablings. A long history settles thousands of demands on a date, and a
/// report is read for a few of them; a dictionary of them all, built for every date, was most of the report's time.
/// </summary>
internal sealed class SettledStatuses(
    Dictionary<string, string?> workedOut,
    StatusGroups index,
    List<(int Demand, string? Value)> byKeptReadings) : IReadOnlyDictionary<string, string?>
{
    public int Count => workedOut.Count + byKeptReadings.Count;

    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<string?> Values => this.Select(pair => pair.Value);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        if (workedOut.TryGetValue(key, out value))
        {
            return true;
        }

        if (index.TryDemandWithOwnPath(key, out var demand))
        {
            // Listed in the order of the tablings.
            var (low, high) = (0, byKeptReadings.Count - 1);
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var at = byKeptReadings[middle].Demand;
                if (at == demand)
                {
                    value = byKeptReadings[middle].Value;
                    return true;
                }

                (low, high) = at < demand ? (middle + 1, high) : (low, middle - 1);
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() =>
        workedOut.Concat(byKeptReadings.Select(kept => KeyValuePair.Create(index.DemandPaths(kept.Demand)[0], kept.Value))).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
