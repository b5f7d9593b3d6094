using System.Xml.Linq;
using TtpSim.Domain.Events;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>Monthly counts of claimed attacks (a bar across the month, whisker for the range of figures) and military operations.</summary>
internal sealed class ClaimsAndOperationsLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events) : Lane
{
    private const double BarSpace = 26;
    private readonly List<NegotiationEvent> events = [.. events];

    public override string Label => "Claims, operations";

    public override string? Note => "attacks claimed a month";

    public override double Height => BarSpace + 14;

    public override IEnumerable<XElement> Draw(double top)
    {
        var bottom = top + Height - 4;
        var most = Math.Max(events.OfType<AttackClaimsReported>().Select(c => c.Count.High ?? 0).DefaultIfEmpty(0).Max(), 1);
        foreach (var e in events)
        {
            var x = drawing.X(e);
            if (e is AttackClaimsReported claims)
            {
                var right = drawing.Scale.XAfter(claims.Meta.Occurred.End);
                var height = BarSpace * (claims.Count.High ?? 0) / most;
                var lowHeight = BarSpace * (claims.Count.Low ?? 0) / most;
                var colour = drawing.Palette.Actor(claims.Perpetrator);
                var middle = (x + right) / 2;
                yield return drawing.EventMark(e, bottom - height, El("g",
                    Rect(x + 1, bottom - height, right - x - 2, height, claims.Verified ? "claims" : "claims unverified", colour),
                    lowHeight < height ? Line(middle, bottom - lowHeight, middle, bottom - height, "whisker-line dark") : null,
                    Text(middle, bottom - height - 2, ScenarioDrawing.Count(claims.Count), "bar-label", "middle")), tail: false);
            }
            else
            {
                var y = top + 9;
                var name = e is MilitaryOperationLaunched operation ? operation.Name ?? "operation" : e.TypeName;
                yield return drawing.EventMark(e, y, MarkShape.Square(x, y, 4, "#343a40"), name);
            }
        }
    }
}
