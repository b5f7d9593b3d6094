using System.Xml.Linq;
using TtpSim.Domain.Events;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>The record around the talks: past deals (a bar over the years they cover), pressure on the talks, parliament consulted.</summary>
internal sealed class PoliticsLane : Lane
{
    private const double RowHeight = 15;
    private readonly ScenarioDrawing drawing;
    private readonly List<(NegotiationEvent Event, string? Label)> marks;
    private readonly int[] rows;

    public PoliticsLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events)
    {
        this.drawing = drawing;
        marks = [.. events.Select(e => (e, e switch
        {
            PeaceDealsSigned d => $"{ScenarioDrawing.Count(d.Count)} deals, {ScenarioDrawing.Count(d.Held)} held",
            ParliamentConsulted => "parliament",
            _ => (string?)null,
        }))];
        rows = RowPacker.Pack([.. marks.Select(m => Extent(m.Event, m.Label))]);
    }

    public override string Label => "Deals, pressure, context";

    public override double Height => (Math.Max(rows.DefaultIfEmpty(0).Max() + 1, 1) * RowHeight) + 6;

    public override IEnumerable<XElement> Draw(double top)
    {
        for (var i = 0; i < marks.Count; i++)
        {
            var (e, label) = marks[i];
            var y = top + 3 + (rows[i] * RowHeight) + (RowHeight / 2);
            var x = drawing.X(e);
            yield return e switch
            {
                PeaceDealsSigned deals => drawing.EventMark(e, y, El("g",
                    Rect(drawing.Scale.X(deals.PeriodFrom.Start), y - 4, drawing.Scale.XAfter(deals.PeriodTo.End) - drawing.Scale.X(deals.PeriodFrom.Start), 8, "deals-period"),
                    MarkShape.Dot(x, y, 3.5, Palette.Neutral)), label, tail: false),
                PressureApplied => drawing.EventMark(e, y, MarkShape.Diamond(x, y, 3.5, Palette.Pressure), label),
                ParliamentConsulted => drawing.EventMark(e, y, MarkShape.Dot(x, y, 4, Palette.Parliament), label),
                _ => drawing.EventMark(e, y, MarkShape.Dot(x, y, 3.5, Palette.Neutral), label),
            };
        }
    }

    private (double Left, double Right) Extent(NegotiationEvent e, string? label)
    {
        if (e is PeaceDealsSigned deals)
        {
            var left = drawing.Scale.X(deals.PeriodFrom.Start);
            var right = drawing.Scale.XAfter(deals.PeriodTo.End);
            return (Math.Min(left, drawing.X(e)) - 4, Math.Max(right, drawing.X(e) + ScenarioDrawing.LabelWidth(label)));
        }

        return drawing.Extent(e, 6, ScenarioDrawing.LabelWidth(label));
    }
}
