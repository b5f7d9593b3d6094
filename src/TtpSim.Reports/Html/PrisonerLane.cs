using System.Xml.Linq;
using TtpSim.Domain.Events;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>Prisoner releases (sized by the number released), hand-overs of named people, and prisoners still withheld.</summary>
internal sealed class PrisonerLane : Lane
{
    private const double RowHeight = 20;
    private readonly ScenarioDrawing drawing;
    private readonly List<(NegotiationEvent Event, string Label)> marks;
    private readonly int[] rows;

    public PrisonerLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events)
    {
        this.drawing = drawing;
        marks = [.. events.Select(e => (e, e switch
        {
            PrisonersReleased r => $"{ScenarioDrawing.Count(r.Count)} released",
            PrisonersHandedOver h => $"{h.Names.Length} handed over",
            PrisonersWithheld w => $"{ScenarioDrawing.Count(w.Count)} withheld",
            _ => e.TypeName,
        }))];
        rows = RowPacker.Pack([.. marks.Select(m => drawing.Extent(m.Event, 8, ScenarioDrawing.LabelWidth(m.Label)))]);
    }

    public override string Label => "Prisoners";

    public override double Height => (Math.Max(rows.DefaultIfEmpty(0).Max() + 1, 1) * RowHeight) + 6;

    public override IEnumerable<XElement> Draw(double top)
    {
        for (var i = 0; i < marks.Count; i++)
        {
            var (e, label) = marks[i];
            var y = top + 3 + (rows[i] * RowHeight) + (RowHeight / 2);
            var x = drawing.X(e);
            yield return drawing.EventMark(e, y, e switch
            {
                PrisonersReleased r => MarkShape.TriangleUp(x, y, Size(r.Count.High), Palette.Release),
                PrisonersHandedOver => MarkShape.TriangleUp(x, y, 5, Palette.Release, hollow: true),
                _ => MarkShape.TriangleDown(x, y, 5, Palette.Neutral),
            }, label);
        }
    }

    /// <summary>Half-size of a release triangle: its area grows with the number released; an unknown number gets the smallest.</summary>
    private static double Size(int? released) => released is { } n ? Math.Clamp(3.5 + (0.6 * Math.Sqrt(n)), 4, 9) : 4;
}
