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
    internal sealed class Running : IDisposable
    {
        private readonly SHA256 sha256 = SHA256.Create();
        private readonly CryptoStream hashed;

        public Running(string name, string title, string? question)
        {
            hashed = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write);
            WriteUtf8(hashed, $"{FormatVersion}\n{name}\n{title}\n{question}\n");
        }

        public void Add(NegotiationEvent @event)
        {
            WriteUtf8(hashed, @event.TypeName);
            hashed.WriteByte((byte)' ');
            JsonSerializer.Serialize(hashed, @event, @event.GetType(), SnapshotJson.Options);
            hashed.WriteByte((byte)'\n');
        }

        public string Finish()
        {
            hashed.FlushFinalBlock();
            return Convert.ToHexStringLower(sha256.Hash!);
        }

        public void Dispose()
        {
            hashed.Dispose();
            sha256.Dispose();
        }
    }

    internal static void WriteUtf8(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
