using System.Security.Cryptography;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.JsonLines;

/// <summary>
/// A <c>.jsonl</c> history replayed in the pass that checks it. Each event is read, checked (its fields, its id,
/// its references so far) and decided as it comes, and handed on at once with the derived events that come
/// before it; what only the end can tell (forward references, a refusal of the rules, the fingerprint) is
/// settled there, before the store commits. It holds what the streamed check holds, less the byte offsets.
/// A file that is not in historical order, or whose horizon turns out beyond what the header promised,
/// stops the pass (<see cref="OnePassNotPossibleException"/>) and is checked first instead.
/// </summary>
public sealed class OnePassScenario : IOnePassReplaySource
{
    private readonly string path;
    private readonly string expectedName;
    private readonly YamlMapping header;
    private readonly long firstEvent;
    private readonly StreamedScenario.Opening opening;

    internal OnePassScenario(string path, string label, string expectedName, YamlMapping header, long firstEvent)
    {
        this.path = path;
        this.expectedName = expectedName;
        this.header = header;
        this.firstEvent = firstEvent;
        File = label;
        opening = StreamedScenario.ReadHeader(label, expectedName, header);
        using var bytes = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string Name => opening.Name;

    public string Title => opening.Title;

    public string? Question => opening.Question;

    public string File { get; }

    public string ContentHash { get; }

    public string Fingerprint { get; private set; } = "";

    public int EventCount { get; private set; }

    public IReplaySource CheckFirst() => StreamedScenario.Check(path, File, expectedName, header, firstEvent);

    public IEnumerable<NegotiationEvent> CheckedEventsInHistoricalOrder()
    {
        Fingerprint = "";
        EventCount = 0;
        var pass = new StreamedScenario.FirstPass(path, File, opening.Context, new ChronicleRun(opening.HorizonBound), keepDates: false);
        pass.Begin(Name, Title, Question);
        try
        {
            // Derived events wait here until the recorded event they come before; a derived event is never dated
            // before the recorded one that led the decider to it, so none is ever late (checked as they go).
            var waiting = new PriorityQueue<NegotiationEvent, EventKey>();
            var derivedTaken = 0;
            EventKey? last = null;
            var count = 0;
            using (var lines = new LineSource(path))
            {
                var offset = firstEvent;
                for (var ordinal = 0; offset < lines.Length; ordinal++)
                {
                    var recorded = pass.Step(lines, offset, ordinal, out offset);
                    if (!pass.InHistoricalOrder)
                    {
                        throw new OnePassNotPossibleException($"event {ordinal + 1} comes before the one above it in history");
                    }

                    derivedTaken = TakeDerived(pass.Chronicle, derivedTaken, waiting);
                    var key = EventKey.Of(recorded);
                    while (waiting.TryPeek(out _, out var derivedKey) && derivedKey.CompareTo(key) < 0)
                    {
                        last = InOrder(last, derivedKey);
                        count++;
                        yield return waiting.Dequeue();
                    }

                    last = InOrder(last, key);
                    count++;
                    yield return recorded;
                }
            }

            pass.RequireForwardReferences();
            if (!pass.SameCapAs(opening.HorizonBound))
            {
                throw new OnePassNotPossibleException("the record reaches past the horizon its sources declare");
            }

            if (pass.Refusal is { } refused)
            {
                throw refused.Fields.Error(refused.Reason.Field, refused.Reason.Reason);
            }

            pass.Chronicle.Finish(until: null);
            TakeDerived(pass.Chronicle, derivedTaken, waiting);
            while (waiting.TryDequeue(out var derived, out var derivedKey))
            {
                last = InOrder(last, derivedKey);
                count++;
                yield return derived;
            }

            foreach (var derived in pass.Chronicle.DerivedSoFar)
            {
                pass.Fingerprint.Add(derived);
            }

            Fingerprint = pass.Fingerprint.Finish();
            EventCount = count;
        }
        finally
        {
            pass.Fingerprint.Dispose();
        }
    }

    private static int TakeDerived(ChronicleRun chronicle, int taken, PriorityQueue<NegotiationEvent, EventKey> waiting)
    {
        var derived = chronicle.DerivedSoFar;
        for (; taken < derived.Count; taken++)
        {
            waiting.Enqueue(derived[taken], EventKey.Of(derived[taken]));
        }

        return taken;
    }

    private static EventKey InOrder(EventKey? last, EventKey next) =>
        last is { } before && before.CompareTo(next) > 0
            ? throw new OnePassNotPossibleException("an event the rules derive comes before one already stored")
            : next;
}
