using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.JsonLines;

/// <summary>
/// Reads one line of a <c>.jsonl</c> scenario into the same node tree the YAML reader builds, with each
/// node's place (the file's line, the column in characters), so every reader of the YAML format (events,
/// actors, sources) reads it unchanged and its errors point into the line. A JSON string is a quoted
/// scalar; a number or a boolean a plain one; null the plain null. Duplicate keys, more than one value on
/// a line, comments and nesting deeper than 64 are refused.
/// </summary>
internal static class JsonLineParser
{
    private const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    public static YamlMapping ReadObject(ReadOnlySpan<byte> line, int lineNumber, string label)
    {
        if (!Utf8.IsValid(line))
        {
            var offset = FirstInvalidByte(line);
            throw new ScenarioException(new ScenarioError(label, lineNumber, CharColumn(line, offset), null,
                $"the line is not UTF-8 text (byte 0x{line[offset]:X2}); save the file as UTF-8"));
        }

        var columns = new Columns(line);
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read())
            {
                throw new ScenarioException(new ScenarioError(label, lineNumber, 1, null, "the line is empty"));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ScenarioException(new ScenarioError(label, lineNumber, columns.At((int)reader.TokenStartIndex), null,
                    "each line must be one JSON object ({ \"field\": value, ... })"));
            }

            var node = (YamlMapping)ReadNode(ref reader, lineNumber, label, columns);
            if (reader.Read())
            {
                throw new ScenarioException(new ScenarioError(label, lineNumber, columns.At((int)reader.TokenStartIndex), null,
                    "a line holds one JSON object; this is more after it"));
            }

            return node;
        }
        catch (JsonException e)
        {
            var at = (int)Math.Min(e.BytePositionInLine ?? 0, line.Length);
            throw new ScenarioException(new ScenarioError(label, lineNumber, columns.At(at), null, "not valid JSON: " + WithoutPosition(e.Message)));
        }
    }

    private static YamlNode ReadNode(ref Utf8JsonReader reader, int lineNumber, string label, Columns columns)
    {
        var place = new Place(lineNumber, columns.At((int)reader.TokenStartIndex));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var entries = ImmutableArray.CreateBuilder<YamlEntry>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = new YamlScalar(new Place(lineNumber, columns.At((int)reader.TokenStartIndex)), reader.GetString()!, IsQuoted: true);
                        foreach (var entry in entries)
                        {
                            if (entry.Key.Value == key.Value)
                            {
                                throw new ScenarioException(new ScenarioError(label, lineNumber, key.Place.Column, null, $"'{key.Value}' appears twice in the same object"));
                            }
                        }

                        reader.Read();
                        entries.Add(new YamlEntry(key, ReadNode(ref reader, lineNumber, label, columns)));
                    }

                    return new YamlMapping(place, entries.DrainToImmutable());
                }

            case JsonTokenType.StartArray:
                {
                    var items = ImmutableArray.CreateBuilder<YamlNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadNode(ref reader, lineNumber, label, columns));
                    }

                    return new YamlSequence(place, items.DrainToImmutable());
                }

            case JsonTokenType.String:
                return new YamlScalar(place, reader.GetString()!, IsQuoted: true);
            case JsonTokenType.Number:
                return new YamlScalar(place, Encoding.UTF8.GetString(reader.ValueSpan), IsQuoted: false);
            case JsonTokenType.True:
                return new YamlScalar(place, "true", IsQuoted: false);
            case JsonTokenType.False:
                return new YamlScalar(place, "false", IsQuoted: false);
            default:
                return new YamlScalar(place, "null", IsQuoted: false);
        }
    }

    /// <summary>Columns in characters, as editors count them; a line of ASCII (most are) needs no counting.</summary>
    private readonly ref struct Columns(ReadOnlySpan<byte> line)
    {
        private readonly ReadOnlySpan<byte> line = line;

        private readonly bool ascii = System.Text.Ascii.IsValid(line);

        public int At(int byteOffset) => ascii ? byteOffset + 1 : CharColumn(line, byteOffset);
    }

    private static int CharColumn(ReadOnlySpan<byte> line, int byteOffset)
    {
        var column = 1;
        for (var i = 0; i < Math.Min(byteOffset, line.Length); i++)
        {
            // Continuation bytes (10xxxxxx) belong to the character before them.
            if ((line[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> line)
    {
        var chars = new char[line.Length];
        Utf8.ToUtf16(line, chars, out var valid, out _, replaceInvalidSequences: false);
        return Math.Min(valid, line.Length - 1);
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
