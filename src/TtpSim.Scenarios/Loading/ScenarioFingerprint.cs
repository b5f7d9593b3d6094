using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Scenarios.Loading;

/// <summary>What a scenario resolves to, hashed: a stored stream is current exactly when its fingerprint is.</summary>
internal static class ScenarioFingerprint
{
    internal const string FormatVersion = "ttpsim-scenario-2";

    /// <summary>
    /// A hash of what the scenario resolves to (its events, recorded and derived, and its title), not of
    /// its text: a comment edit changes nothing, while an edit of a base or a change to the rules does.
    /// </summary>
    /// <remarks>
    /// The text hashed is the header lines, then per event its type name, a space, its JSON and a line
    /// break, in UTF-8. It is streamed into the hash rather than built as one string: for a long history
    /// that string, and its bytes, were the loader's largest allocations. Changing the text would change
    /// every stored fingerprint, and so make every unchanged file look edited.
    /// </remarks>
    internal static string Fingerprint(string name, string title, string? question, ImmutableArray<NegotiationEvent> events)
    {
        using var hash = new Running(name, title, question);
        foreach (var @event in events)
        {
            hash.Add(@event);
        }

        return hash.Finish();
    }

    /// <summary>The same hash, fed one event at a time: the streamed loader never holds the events it hashes.</summary>
    /// <remarks>
    /// One writer and one buffer serve every event, and the bytes go straight into an incremental hash. Serialising
    /// each event to a stream (a new writer and buffer each, through a hashing stream) was about a fifth of a
    /// <c>.jsonl</c> replay's reading; the bytes hashed are the same.
    /// </remarks>
    internal sealed class Running : IDisposable
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly ArrayBufferWriter<byte> json = new(4096);
        private readonly Utf8JsonWriter writer;

        public Running(string name, string title, string? question)
        {
            writer = new Utf8JsonWriter(json, SnapshotJson.WriterOptions);
            hash.AppendData(Encoding.UTF8.GetBytes($"{FormatVersion}\n{name}\n{title}\n{question}\n"));
        }

        public void Add(NegotiationEvent @event)
        {
            json.ResetWrittenCount();
            writer.Reset();
            Encoding.UTF8.GetBytes(@event.TypeName, json);
            json.Write(" "u8);
            JsonSerializer.Serialize(writer, @event, @event.GetType(), SnapshotJson.Options);
            writer.Flush();
            json.Write("\n"u8);
            hash.AppendData(json.WrittenSpan);
        }

        public string Finish() => Convert.ToHexStringLower(hash.GetHashAndReset());

        public void Dispose()
        {
            writer.Dispose();
            hash.Dispose();
        }
    }
}
