using System.Globalization;
using System.Xml.Linq;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>One scenario's block: its title and question, the axis, and its lanes; alternatives also show where they part from the reference.</summary>
internal sealed class ScenarioBlock
{
    private const double HeaderHeight = 46;
    private const double LaneGap = 6;
    private const double BottomMargin = 10;
    private readonly ScenarioDrawing drawing;
    private readonly List<Lane> lanes;

    public ScenarioBlock(ScenarioDrawing drawing)
    {
        this.drawing = drawing;
        var byLane = drawing.Scenario.Events.ToLookup(LaneKinds.Of);
        lanes =
        [
            new CeasefireLane(drawing, byLane[LaneKind.Ceasefires]),
            new TalksLane(drawing, byLane[LaneKind.Talks]),
            new DemandLane(drawing, byLane[LaneKind.Demands]),
            new PrisonerLane(drawing, byLane[LaneKind.Prisoners]),
            new AttackLane(drawing, byLane[LaneKind.Attacks]),
            new ClaimsAndOperationsLane(drawing, byLane[LaneKind.ClaimsAndOperations]),
            new PoliticsLane(drawing, byLane[LaneKind.Politics]),
        ];
        if (drawing.Divergence.OnlyInReference.Count > 0)
        {
            lanes.Add(new AbsentLane(drawing));
        }
    }

    public ReportScenario Scenario => drawing.Scenario;

    /// <summary>The scenario's record horizon, from its state folded over all its events.</summary>
    public DateOnly? RecordEnds => drawing.FinalState.RecordEnds;

    public double Height => HeaderHeight + AxisDrawing.LabelHeight + lanes.Sum(l => l.Height + LaneGap) + BottomMargin;

    public XElement Render(double width)
    {
        var scale = drawing.Scale;
        var lanesTop = HeaderHeight + AxisDrawing.LabelHeight;
        var lanesBottom = Height - BottomMargin;
        var svg = El("svg", A("class", "block"), A("width", width), A("height", Height), A("viewBox", $"0 0 {N(width)} {N(Height)}"), A("role", "img"),
            El("desc", $"Timeline of scenario {drawing.Scenario.Name}"),
            Text(16, 20, $"{drawing.Scenario.Name}: {drawing.Scenario.Title}", "block-title"),
            SubtitleText(),
            AxisDrawing.Draw(scale, HeaderHeight, lanesTop, lanesBottom),
            RecordEnds is { } beyond ? RecordHorizon.BeyondRecord(scale, Scenario.Name, beyond, lanesTop, lanesBottom) : null);

        var top = lanesTop;
        foreach (var lane in lanes)
        {
            svg.Add(El("g", A("class", "lane"), A("data-lane", lane.Label),
                Line(16, top, scale.Right, top, "lane-rule"),
                Text(16, top + 14, lane.Label, "lane-label"),
                lane.Note is null ? null : Text(16, top + 26, lane.Note, "lane-note"),
                lane.Draw(top + (LaneGap / 2))));
            top += lane.Height + LaneGap;
        }

        if (drawing.Divergence.PartsOn is { } parts)
        {
            var x = scale.X(parts);
            svg.Add(El("g", A("class", "parting"), A("data-date", parts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Title($"{drawing.Scenario.Name} parts from {drawing.Divergence.Reference} on {parts:yyyy-MM-dd}"),
                Line(x, lanesTop - 4, x, lanesBottom, "parting-line"),
                Text(x + 4, lanesTop + 9, $"parts from {drawing.Divergence.Reference}", "parting-label")));
        }

        if (RecordEnds is { } horizon)
        {
            svg.Add(RecordHorizon.Veil(scale, horizon, lanesTop, lanesBottom));
            svg.Add(RecordHorizon.Line(scale, Scenario.Name, horizon, lanesTop - 4, lanesBottom, RecordHorizon.Explanation(Scenario.Name, horizon)));
        }

        return El("section", A("class", "scenario"), A("id", $"scenario-{drawing.Scenario.Name}"), A("data-scenario", drawing.Scenario.Name), svg);
    }

    /// <summary>SVG text does not wrap, so a long question is cut to the page's width; its tooltip has it whole.</summary>
    private XElement SubtitleText()
    {
        const int fits = 215;
        var subtitle = Subtitle();
        return subtitle.Length <= fits
            ? Text(16, 38, subtitle, "block-subtitle")
            : El("text", A("x", 16), A("y", 38), A("class", "block-subtitle"), Title(subtitle), subtitle[..(fits - 1)].TrimEnd() + "\u2026");
    }

    private string Subtitle()
    {
        var count = $"{drawing.Scenario.Events.Count} events";
        var divergence = drawing.Divergence;
        if (divergence.IsNone)
        {
            return drawing.Scenario.Question is { } question ? $"{count}. {question}" : $"{count}; the reference the other scenarios are compared with";
        }

        var parts = divergence.PartsOn is { } day ? $"parts from {divergence.Reference} on {day:yyyy-MM-dd}" : $"differs from {divergence.Reference}";
        return $"{count}; {parts}: {divergence.Added} added, {divergence.Changed} changed, {divergence.OnlyInReference.Count} not in this history"
            + (drawing.Scenario.Question is { } q ? $". {q}" : "");
    }
}
