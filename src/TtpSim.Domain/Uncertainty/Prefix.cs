using TtpSim.Domain.Events;

namespace TtpSim.Domain.Uncertainty;

/// <summary>The first <paramref name="count"/> items of a list, read in place: a date's prefix of a long history is not copied.</summary>
internal sealed class Prefix(List<NegotiationEvent> all, int count) : IReadOnlyList<NegotiationEvent>
{
    public int Count => count;

    public NegotiationEvent this[int index] => (uint)index < (uint)count ? all[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<NegotiationEvent> GetEnumerator() => all.Take(count).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
