using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TtpSim.Scenarios.Yaml;

/// <summary>Thrown for YAML that is not plain data; carries the place of the fault.</summary>
public sealed class YamlFormatException(Place place, string message) : Exception(message)
{
    public Place Place { get; } = place;
}

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree using the parser's event stream only, so no
/// type is ever constructed from the file. Refuses anchors and aliases (the "billion laughs"
/// expansion needs them), explicit tags, complex keys, duplicate keys and more than one document.
/// </summary>
public static class YamlTreeReader
{
    private const int MaxDepth = 64;

    private const int MaxKeysScanned = 16;

    public static YamlNode? Read(string text)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            parser.MoveNext();
            Expect<StreamStart>(parser);
            if (parser.Current is StreamEnd)
            {
                return null;
            }

            Expect<DocumentStart>(parser);
            var root = ReadNode(parser, 0);
            Expect<DocumentEnd>(parser);
            if (parser.Current is DocumentStart second)
            {
                throw new YamlFormatException(PlaceOf(second.Start), "the file holds more than one YAML document; a scenario is one document");
            }

            return root;
        }
        catch (YamlException e)
        {
            throw new YamlFormatException(PlaceOf(e.Start), "YAML syntax error: " + FirstLine(e.Message));
        }
        catch (ArgumentException e) when (e.ParamName == "value")
        {
            // YamlDotNet refuses some tags (a global tag that is not a URI, such as !!'[:) with an argument error
            // and no position: point just past the last good element, as below.
            throw new YamlFormatException(PlaceOf(parser.LastGoodEnd), "YAML syntax error: " + FirstLine(e.Message.Replace(" (Parameter 'value')", "", StringComparison.Ordinal)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some malformed text without a position: point just past the last good element.
            throw new YamlFormatException(PlaceOf(parser.LastGoodEnd), "YAML syntax error: the text after this point is not valid YAML");
        }
    }

    /// <summary>Remembers where the last element read in full ended, for errors that carry no position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGoodEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is not null)
            {
                LastGoodEnd = inner.Current.End;
            }

            return inner.MoveNext();
        }
    }

    private static YamlNode ReadNode(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new YamlFormatException(new Place(0, 0), "the YAML ends early");
        if (depth > MaxDepth)
        {
            throw new YamlFormatException(PlaceOf(current.Start), $"nesting deeper than {MaxDepth} levels");
        }

        switch (current)
        {
            case AnchorAlias alias:
                throw new YamlFormatException(PlaceOf(alias.Start), $"YAML aliases (*{alias.Value}) are not allowed in scenario files; write the value out");
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                throw new YamlFormatException(PlaceOf(anchored.Start), $"YAML anchors (&{anchored.Anchor}) are not allowed in scenario files");
            case NodeEvent { Tag.IsEmpty: false } tagged when !tagged.Tag.IsNonSpecific:
                throw new YamlFormatException(PlaceOf(tagged.Start), $"YAML tags ({tagged.Tag}) are not allowed in scenario files");
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(PlaceOf(scalar.Start), scalar.Value, scalar.Style is not ScalarStyle.Plain);
            case SequenceStart sequenceStart:
                {
                    parser.MoveNext();
                    var items = ImmutableArray.CreateBuilder<YamlNode>();
                    while (parser.Current is not SequenceEnd)
                    {
                        items.Add(ReadNode(parser, depth + 1));
                    }

                    parser.MoveNext();
                    return new YamlSequence(PlaceOf(sequenceStart.Start), items.DrainToImmutable());
                }

            case MappingStart mappingStart:
                {
                    parser.MoveNext();
                    var entries = ImmutableArray.CreateBuilder<YamlEntry>();
                    HashSet<string>? keysOfLargeMapping = null;
                    while (parser.Current is not MappingEnd)
                    {
                        var keyNode = ReadNode(parser, depth + 1);
                        if (keyNode is not YamlScalar key)
                        {
                            throw new YamlFormatException(keyNode.Place, "a mapping key must be a plain word");
                        }

                        if (IsRepeated(key.Value, entries, ref keysOfLargeMapping))
                        {
                            throw new YamlFormatException(key.Place, $"'{key.Value}' appears twice in the same mapping");
                        }

                        entries.Add(new YamlEntry(key, ReadNode(parser, depth + 1)));
                    }

                    parser.MoveNext();
                    return new YamlMapping(PlaceOf(mappingStart.Start), entries.DrainToImmutable());
                }

            default:
                throw new YamlFormatException(PlaceOf(current.Start), $"unexpected YAML element {current.GetType().Name}");
        }
    }

    /// <summary>
    /// Whether a mapping already has the key. Scenario mappings hold a handful of keys, which a scan
    /// checks without allocating; past <see cref="MaxKeysScanned"/> the keys go into a set, so a file
    /// with a huge mapping cannot make the check quadratic.
    /// </summary>
    private static bool IsRepeated(string key, ImmutableArray<YamlEntry>.Builder entries, ref HashSet<string>? keysOfLargeMapping)
    {
        if (keysOfLargeMapping is null && entries.Count < MaxKeysScanned)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Key.Value == key)
                {
                    return true;
                }
            }

            return false;
        }

        keysOfLargeMapping ??= new HashSet<string>(entries.Select(e => e.Key.Value), StringComparer.Ordinal);
        return !keysOfLargeMapping.Add(key);
    }

    private static void Expect<T>(IParser parser)
        where T : ParsingEvent
    {
        if (parser.Current is not T)
        {
            var at = parser.Current is null ? new Place(0, 0) : PlaceOf(parser.Current.Start);
            throw new YamlFormatException(at, $"expected {typeof(T).Name} but found {parser.Current?.GetType().Name ?? "the end"}");
        }

        parser.MoveNext();
    }

    private static Place PlaceOf(Mark mark) => new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

    private static string FirstLine(string message)
    {
        var text = message.ReplaceLineEndings(" ").Trim();
        var closing = text.IndexOf("): ", StringComparison.Ordinal);
        return closing >= 0 && text.StartsWith('(') ? text[(closing + 3)..] : text;
    }
}
