using System.Xml.Linq;
using TtpSim.Domain.Events;
using TtpSim.Domain.Rules;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// Attacks, each a disc coloured by its perpetrator, standing at its death toll on a square-root scale
/// and sized by it, with a whisker from the lowest to the highest figure the sources give. A red ring
/// marks an attack inside a ceasefire that covered its perpetrator.
/// </summary>
internal sealed class AttackLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events) : Lane
{
    private const double Top = 10;
    private const double Bottom = 12;
    private static readonly int[] GridValues = [10, 50, 100, 150, 200, 300, 500, 1000];
    private readonly List<AttackClaimed> attacks = [.. events.OfType<AttackClaimed>()];

    public override string Label => "Attacks";

    public override string? Note => "killed (sqrt scale)";

    public override double Height => 118;

    public override IEnumerable<XElement> Draw(double top)
    {
        var scale = drawing.Scale;
        var zero = Y(top, 0);
        yield return Line(scale.Left, zero, scale.Right, zero, "baseline");
        foreach (var value in GridValues.Where(v => v <= drawing.FatalityMax))
        {
            var y = Y(top, value);
            yield return Line(scale.Left, y, scale.Right, y, "gridline");
            yield return Text(scale.Left - 4, y + 3, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "scale-label", "end");
        }

        yield return Text(scale.Left - 4, zero + 3, "0", "scale-label", "end");
        // The state keeps only the latest attacks; the violations the rule derived name every attack that fell inside a ceasefire.
        var inside = drawing.Scenario.Events
            .Where(e => e is CeasefireViolated && e.Meta.DerivedBy?.Rule == RuleNames.AttackViolatesCeasefire)
            .SelectMany(e => e.Meta.DerivedBy!.From)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var attack in attacks.OrderByDescending(a => a.Fatalities.High ?? 0))
        {
            yield return Mark(top, attack, inside.Contains(attack.Meta.Id));
        }
    }

    /// <summary>Disc radius: its area grows with the highest toll reported.</summary>
    public static double Radius(int? fatalities) => fatalities is { } n ? Math.Clamp(2.5 + (1.1 * Math.Sqrt(n)), 3, 16) : 3.5;

    private XElement Mark(double top, AttackClaimed attack, bool insideCeasefire)
    {
        var x = drawing.X(attack);
        var colour = drawing.Palette.Actor(attack.Perpetrator);
        if (attack.Fatalities.Low is not { } low || attack.Fatalities.High is not { } high)
        {
            var y0 = Y(top, 0) - 5;
            return drawing.EventMark(attack, y0, El("g", MarkShape.Ring(x, y0, 3.5, colour), Text(x + 6, y0 + 3, "?", "mark-label")));
        }

        var yLow = Y(top, low);
        var yHigh = Y(top, high);
        var yMid = (yLow + yHigh) / 2;
        var r = Radius(high);
        // The whisker is drawn over the disc: a large disc would otherwise hide a range it spans.
        return drawing.EventMark(attack, yMid, El("g",
            Circle(x, yMid, r, "attack", colour, colour),
            low == high ? null : El("g", A("class", "whisker"),
                Line(x, yLow, x, yHigh, "whisker-line dark"),
                Line(x - 4, yLow, x + 4, yLow, "whisker-line dark"),
                Line(x - 4, yHigh, x + 4, yHigh, "whisker-line dark")),
            insideCeasefire ? Circle(x, yMid, r + 2.5, "in-ceasefire") : null));
    }

    private double Y(double top, double fatalities)
    {
        var plotTop = top + Top;
        var plotBottom = top + Height - Bottom;
        return plotBottom - ((plotBottom - plotTop) * Math.Sqrt(Math.Max(fatalities, 0)) / Math.Sqrt(Math.Max(drawing.FatalityMax, 1)));
    }
}
