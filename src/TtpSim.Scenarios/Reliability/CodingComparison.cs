using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Reliability;

/// <summary>Agreement on one variable: over how many units both coders gave a value, how often they agreed, and alpha.</summary>
public sealed record FieldAgreement(string Field, int Units, int Agreed, double? Alpha)
{
    public double PercentAgreed => Units == 0 ? 0 : 100.0 * Agreed / Units;
}

/// <summary>
/// Two codings of the same sources compared event by event, as the field measures intercoder reliability:
/// which acts both coded (by an explicit matching, since ids differ), then, over those, each variable.
/// The files are read as plain YAML, so a coding need not be a valid scenario to be compared.
/// </summary>
public sealed class CodingComparison
{
    /// <summary>The fields an event's main actor may be written under, in the order they are looked for.</summary>
    private static readonly string[] ActorKeys = ["by", "declaredBy", "perpetrator", "mediator", "emissary", "actor", "into", "attributedTo", "parties", "between"];

    private static readonly string[] FigureKeys = ["count", "fatalities", "injured", "killed", "held"];

    private CodingComparison(ImmutableArray<FieldAgreement> fields, int matched, int onlyFirst, int onlySecond)
    {
        Fields = fields;
        Matched = matched;
        OnlyFirst = onlyFirst;
        OnlySecond = onlySecond;
    }

    public ImmutableArray<FieldAgreement> Fields { get; }

    public int Matched { get; }

    public int OnlyFirst { get; }

    public int OnlySecond { get; }

    /// <summary>Acts both coded, over all acts either coded, as the Dice coefficient: 2 matched / (first + second).</summary>
    public double Identification => 2.0 * Matched / ((2.0 * Matched) + OnlyFirst + OnlySecond);

    /// <param name="first">The first coding (a scenario file's text).</param>
    /// <param name="second">The second coding.</param>
    /// <param name="matching">pairs: [{ first: id, second: id }], onlyInFirst: [ids], onlyInSecond: [ids].</param>
    public static CodingComparison Compare(string first, string second, string matching)
    {
        var firstEvents = Events(first);
        var secondEvents = Events(second);
        var match = (YamlMapping)YamlTreeReader.Read(matching)!;
        var pairs = List(match, "pairs").Cast<YamlMapping>()
            .Select(p => (First: Scalar(p, "first")!, Second: Scalar(p, "second")!))
            .ToList();
        var onlyFirst = List(match, "onlyInFirst").Length;
        var onlySecond = List(match, "onlyInSecond").Length;

        var missing = pairs.Where(p => !firstEvents.ContainsKey(p.First)).Select(p => p.First)
            .Concat(pairs.Where(p => !secondEvents.ContainsKey(p.Second)).Select(p => p.Second)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"the matching names events neither coding has: {string.Join(", ", missing)}");
        }

        var coded = pairs.Select(p => (First: firstEvents[p.First], Second: secondEvents[p.Second])).ToList();
        ImmutableArray<FieldAgreement> fields =
        [
            Agreement("type", coded, e => Scalar(e, "type")),
            Agreement("date", coded, e => DateText(e, "date")),
            Agreement("date precision", coded, e => Precision(DateText(e, "date"))),
            Agreement("known", coded, e => DateText(e, "known") ?? "(default)"),
            Agreement("main actor", coded, MainActor),
            Agreement("status", coded, e => (Scalar(e, "status") ?? "reported") + "/" + (Scalar(e, "assertedBy") ?? "-")),
            Agreement("figures", coded, Figures),
        ];
        return new CodingComparison(fields, coded.Count, onlyFirst, onlySecond);
    }

    /// <summary>The table the codebook publishes: one row per variable.</summary>
    public string Table()
    {
        var table = new StringBuilder();
        table.Append("| variable | units | agreed | % agreed | Krippendorff's alpha |\n|---|---|---|---|---|\n");
        foreach (var field in Fields)
        {
            var alpha = field.Alpha is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
            table.Append(CultureInfo.InvariantCulture, $"| {field.Field} | {field.Units} | {field.Agreed} | {field.PercentAgreed:0} | {alpha} |\n");
        }

        table.Append(CultureInfo.InvariantCulture,
            $"\nActs coded by both: {Matched}; by the first coder only: {OnlyFirst}; by the second only: {OnlySecond}; identification (Dice) {Identification:0.00}.\n");
        return table.ToString();
    }

    private static FieldAgreement Agreement(string name, List<(YamlMapping First, YamlMapping Second)> coded, Func<YamlMapping, string?> value)
    {
        var units = coded
            .Select(c => (First: value(c.First), Second: value(c.Second)))
            .Where(u => u.First is not null || u.Second is not null)
            .Select(u => (u.First ?? "(none)", u.Second ?? "(none)"))
            .ToList();
        return new FieldAgreement(name, units.Count, units.Count(u => u.Item1 == u.Item2), KrippendorffAlpha.Nominal(units));
    }

    private static Dictionary<string, YamlMapping> Events(string text)
    {
        var root = (YamlMapping)YamlTreeReader.Read(text)!;
        return List(root, "events").Cast<YamlMapping>().ToDictionary(e => Scalar(e, "id")!, StringComparer.Ordinal);
    }

    private static ImmutableArray<YamlNode> List(YamlMapping mapping, string key) =>
        mapping.Find(key)?.Value is YamlSequence sequence ? sequence.Items : [];

    private static string? Scalar(YamlMapping mapping, string key) =>
        mapping.Find(key)?.Value is YamlScalar { IsNull: false } scalar ? scalar.Value.Trim() : null;

    private static string? DateText(YamlMapping e, string key) => e.Find(key)?.Value switch
    {
        YamlScalar { IsNull: false } scalar => scalar.Value.Trim(),
        YamlMapping range => $"{Scalar(range, "from")}/{Scalar(range, "to")}",
        _ => null,
    };

    private static string? Precision(string? date) => date switch
    {
        null => null,
        _ when date.Contains('/', StringComparison.Ordinal) => "range",
        { Length: 4 } => "year",
        { Length: 7 } => "month",
        _ => "day",
    };

    private static string? MainActor(YamlMapping e)
    {
        foreach (var key in ActorKeys)
        {
            switch (e.Find(key)?.Value)
            {
                case YamlScalar { IsNull: false } scalar:
                    return scalar.Value.Trim();
                case YamlSequence { Items.Length: > 0 } list:
                    return string.Join("+", list.Items.OfType<YamlScalar>().Select(s => s.Value.Trim()).Order(StringComparer.Ordinal));
            }
        }

        return null;
    }

    /// <summary>Every figure the event gives, as field:value:bound:file, sorted; null when it gives none.</summary>
    private static string? Figures(YamlMapping e)
    {
        var figures = FigureKeys
            .SelectMany(key => List(e, key).OfType<YamlMapping>().Select(f =>
                $"{key}:{Scalar(f, "value")}:{Scalar(f, "bound") ?? "exact"}:{Scalar(f, "file")}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return figures.Count == 0 ? null : string.Join(";", figures);
    }
}
