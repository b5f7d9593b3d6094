using System.Xml.Linq;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>Ceasefires as bands, one row per scope (the whole TTP, a faction), with their declarations, extensions, ends and violations.</summary>
internal sealed class CeasefireLane : Lane
{
    private const double RowHeight = 20;
    private readonly ScenarioDrawing drawing;
    private readonly List<string> scopes;
    private readonly List<NegotiationEvent> events;

    public CeasefireLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events)
    {
        this.drawing = drawing;
        this.events = [.. events];
        scopes = [.. drawing.FinalState.Ceasefires.Select(c => c.Scope.Id).Distinct()];
    }

    public override string Label => "Ceasefires";

    public override string? Note => scopes.Count > 1 ? "one row per scope" : null;

    public override double Height => (Math.Max(scopes.Count, 1) * RowHeight) + 6;

    public override IEnumerable<XElement> Draw(double top)
    {
        foreach (var ceasefire in drawing.FinalState.Ceasefires)
        {
            yield return Band(ceasefire, RowCentre(top, ceasefire.Scope.Id));
        }

        foreach (var e in events)
        {
            var ceasefire = drawing.FinalState.FindCeasefire(CeasefireOf(e));
            var y = RowCentre(top, ceasefire?.Scope.Id);
            var x = drawing.X(e);
            yield return e switch
            {
                CeasefireDeclared => drawing.EventMark(e, y, MarkShape.TriangleRight(x, y, 5, "#124e46")),
                CeasefireExtended => drawing.EventMark(e, y, MarkShape.Tick(x, y, 5, "#124e46")),
                CeasefireEnded => drawing.EventMark(e, y, MarkShape.Square(x, y, 4, "#343a40")),
                _ => drawing.EventMark(e, y, MarkShape.Cross(x, y, 4.5, Palette.Rejected)),
            };
        }
    }

    private static string CeasefireOf(NegotiationEvent e) => e switch
    {
        CeasefireDeclared d => d.CeasefireId,
        CeasefireExtended x => x.CeasefireId,
        CeasefireEnded n => n.CeasefireId,
        CeasefireViolated v => v.CeasefireId,
        _ => "",
    };

    private double RowCentre(double top, string? scope) => top + 3 + (Math.Max(scopes.IndexOf(scope ?? ""), 0) * RowHeight) + (RowHeight / 2);

    private XElement Band(Ceasefire c, double y)
    {
        var scale = drawing.Scale;
        var left = scale.X(c.Start.Start);
        var (right, until) = c.EndedOn is { } ended ? (scale.X(ended.Start), $"ended {ended} ({c.How?.ToString().ToLowerInvariant()})")
            : c.ScheduledEnd is { } end ? (scale.XAfter(end), $"in force until {end:yyyy-MM-dd}, then lapsed")
            : (scale.Right, "no end date given");
        var title = $"Ceasefire {c.Id}: {c.Kind.ToString().ToLowerInvariant()}, for {c.Scope.Name}, declared by {c.DeclaredBy.Name}; "
            + $"from {c.Start}, {until}"
            + (c.Extensions.IsEmpty ? "" : $"; extended to {string.Join(", ", c.Extensions.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}")
            + (c.Violations.Total == 0 ? "" : $"; {c.Violations.Total} alleged violation(s)");
        var kind = c.Kind == CeasefireKind.Agreed ? "agreed" : "unilateral";
        return El("g", A("class", $"ceasefire-band {kind}"), A("data-ceasefire", c.Id), A("data-scope", c.Scope.Id),
            Title(title),
            Rect(left, y - 6, right - left, 12, $"band {kind}" + (c.ScheduledEnd is null && c.EndedOn is null ? " open" : "")),
            Text(left + 10, y + 3.5, c.Scope.Name, "band-label"));
    }
}
