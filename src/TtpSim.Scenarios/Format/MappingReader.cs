using System.Collections.Immutable;
using System.Globalization;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Format;

/// <summary>
/// Reads the fields of one YAML mapping, remembers which it read, and turns every fault into a
/// <see cref="ScenarioException"/> that names the file, line, column and field path.
/// </summary>
internal sealed class MappingReader(YamlMapping mapping, string file, string path)
{
    /// <summary>A list, not a set: the keys a reader asks for are the handful its code names, and a list of them is cheaper to make.</summary>
    private readonly List<string> read = [];

    public YamlMapping Mapping => mapping;

    public string File => file;

    public string Path => path;

    public string FieldPath(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public YamlNode? Node(string key)
    {
        if (!read.Contains(key))
        {
            read.Add(key);
        }

        return mapping.Find(key)?.Value;
    }

    public ScenarioException Error(string key, string message)
    {
        var entry = mapping.Find(key);
        var place = entry?.Value.Place ?? mapping.Place;
        return Fail(place, FieldPath(key), message);
    }

    public ScenarioException Fail(Place place, string field, string message) =>
        new(new ScenarioError(file, place.Line, place.Column, field, message));

    public string Required(string key) =>
        Optional(key) ?? throw Error(key, mapping.Find(key) is null ? "is required" : "must not be empty");

    /// <summary>An id other lines refer to (a ceasefire, a demand): lower-case letters, digits and '-'.</summary>
    public string RequiredName(string key)
    {
        var name = Required(key);
        return Loading.ScenarioNames.IsScenarioName(name)
            ? name
            : throw Error(key, $"'{name}' must be lower-case letters, digits and '-', starting with a letter");
    }

    public string? Optional(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlScalar { IsNull: true } => null,
            YamlScalar scalar when scalar.Value.Trim().Length == 0 => null,
            YamlScalar scalar => scalar.Value.Trim(),
            _ => throw Error(key, "must be a single value, not a list or mapping"),
        };
    }

    public HistoricalDate RequiredDate(string key) =>
        OptionalDate(key) ?? throw Error(key, "is required (yyyy-mm-dd, yyyy-mm or yyyy)");

    /// <summary>A day, month or year, or a range written as a mapping { from: day, to: day }.</summary>
    public HistoricalDate? OptionalDate(string key)
    {
        if (Node(key) is YamlMapping)
        {
            var range = Child(Node(key)!, FieldPath(key));
            var from = range.RequiredDay("from");
            var to = range.RequiredDay("to");
            range.RejectUnread();
            return to < from ? throw range.Error("to", $"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})") : HistoricalDate.Between(from, to);
        }

        var text = Optional(key);
        if (text is null)
        {
            return null;
        }

        return HistoricalDate.TryParse(text, out var date, out var problem) ? date : throw Error(key, problem);
    }

    /// <summary>A date that must be a whole day, such as a ceasefire's scheduled last day.</summary>
    public DateOnly? OptionalDay(string key)
    {
        var date = OptionalDate(key);
        if (date is { Precision: not DatePrecision.Day })
        {
            throw Error(key, $"'{date}' must be a day (yyyy-mm-dd)");
        }

        return date?.Start;
    }

    public DateOnly RequiredDay(string key) => OptionalDay(key) ?? throw Error(key, "is required (yyyy-mm-dd)");

    public TEnum RequiredEnum<TEnum>(string key)
        where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(key) ?? throw Error(key, $"is required: one of {EnumWords<TEnum>()}");

    public TEnum? OptionalEnum<TEnum>(string key)
        where TEnum : struct, Enum
    {
        var text = Optional(key);
        if (text is null)
        {
            return null;
        }

        TEnum? match = null;
        var matches = 0;
        foreach (var (name, value) in EnumMembers<TEnum>.All)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                match = value;
                matches++;
            }
        }

        return matches == 1 ? match : throw Error(key, $"'{text}' is not one of {EnumWords<TEnum>()}");
    }

    public bool OptionalBool(string key, bool fallback)
    {
        var text = Optional(key);
        return text switch
        {
            null => fallback,
            "true" or "True" or "yes" => true,
            "false" or "False" or "no" => false,
            _ => throw Error(key, $"'{text}' is not true or false"),
        };
    }

    public int? OptionalCount(string key)
    {
        var text = Optional(key);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(key, $"'{text}' is not a whole number");
        }

        return value < 0 ? throw Error(key, $"{value} is negative; counts are 0 or more") : value;
    }

    public ImmutableArray<YamlNode> List(string key, bool required)
    {
        var node = Node(key);
        return node switch
        {
            null when required => throw Error(key, "is required (a list)"),
            null => [],
            YamlScalar { IsNull: true } when !required => [],
            YamlSequence sequence => sequence.Items,
            _ => throw Error(key, "must be a list"),
        };
    }

    public ImmutableArray<string> StringList(string key, bool required) =>
        [.. List(key, required).Select((item, i) => item is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0
            ? s.Value.Trim()
            : throw Fail(item.Place, $"{FieldPath(key)}[{i}]", "must be a non-empty value"))];

    public MappingReader Child(YamlNode node, string childPath) => node is YamlMapping map
        ? new MappingReader(map, file, childPath)
        : throw Fail(node.Place, childPath, "must be a mapping of field: value");

    /// <summary>Refuses any field nobody read: an unknown or misspelt field is an error, not silently ignored.</summary>
    public void RejectUnread()
    {
        foreach (var entry in mapping.Entries)
        {
            if (read.Contains(entry.Key.Value))
            {
                continue;
            }

            var guess = Suggest(entry.Key.Value, read);
            var hint = guess is null ? $"known fields here: {string.Join(", ", read.Order(StringComparer.Ordinal))}" : $"did you mean '{guess}'?";
            throw Fail(entry.Key.Place, FieldPath(entry.Key.Value), $"unknown field; {hint}");
        }
    }

    public static string EnumWords<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(" / ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));

    public static string? Suggest(string word, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Candidate.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();

    /// <summary>Each enum's members with their names, made once: every event names several enum values.</summary>
    private static class EnumMembers<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly (string Name, TEnum Value)[] All = [.. Enum.GetValues<TEnum>().Select(v => (v.ToString(), v))];
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
