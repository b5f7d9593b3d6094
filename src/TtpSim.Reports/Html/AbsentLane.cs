using System.Xml.Linq;
using TtpSim.Domain.Events;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>Events of the reference scenario that this one does not have, as hollow grey marks where they would have been.</summary>
internal sealed class AbsentLane : Lane
{
    private const double RowHeight = 14;
    private readonly ScenarioDrawing drawing;
    private readonly IReadOnlyList<NegotiationEvent> absent;
    private readonly int[] rows;

    public AbsentLane(ScenarioDrawing drawing)
    {
        this.drawing = drawing;
        absent = drawing.Divergence.OnlyInReference;
        rows = RowPacker.Pack([.. absent.Select(e => drawing.Extent(e, 5))]);
    }

    public override string Label => "Not in this history";

    public override string? Note => $"only in {drawing.Divergence.Reference}";

    public override double Height => (Math.Max(rows.DefaultIfEmpty(0).Max() + 1, 1) * RowHeight) + 6;

    public override IEnumerable<XElement> Draw(double top)
    {
        for (var i = 0; i < absent.Count; i++)
        {
            var e = absent[i];
            var y = top + 3 + (rows[i] * RowHeight) + (RowHeight / 2);
            var x = drawing.X(e);
            yield return El("g", A("class", "absent"), A("data-absent-event", e.Meta.Id), A("data-x", N(x)),
                Title($"Not in {drawing.Scenario.Name}; in {drawing.Divergence.Reference}:\n{EventTooltip.For(e)}"),
                e.Meta.Occurred.Precision == Domain.Provenance.DatePrecision.Day ? null : Line(x, y, drawing.Scale.XAfter(e.Meta.Occurred.End), y, "precision"),
                MarkShape.Ring(x, y, 3.5, Palette.Faint));
        }
    }
}
