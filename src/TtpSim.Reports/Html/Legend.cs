using System.Xml.Linq;
using TtpSim.Domain.State;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>The key to every glyph and colour, one row per lane, laid out to the report's width.</summary>
internal sealed class Legend
{
    private const double RowHeight = 19;
    private const double ItemsLeft = 170;
    private readonly List<(string Group, List<(Func<double, double, XElement> Glyph, string Text)> Items)> groups;
    private readonly double width;
    private readonly List<(string Group, double Y, List<(double X, double Y, Func<double, double, XElement> Glyph, string Text)> Placed)> layout = [];

    public Legend(Palette palette, double width)
    {
        this.width = width;
        groups =
        [
            ("Ceasefires", [
                ((x, y) => Rect(x - 7, y - 5, 14, 10, "band agreed"), "agreed"),
                ((x, y) => Rect(x - 7, y - 5, 14, 10, "band unilateral"), "unilateral"),
                ((x, y) => MarkShape.TriangleRight(x, y, 5, "#124e46"), "declared"),
                ((x, y) => MarkShape.Tick(x, y, 5, "#124e46"), "extended"),
                ((x, y) => MarkShape.Square(x, y, 4, "#343a40"), "ended"),
                ((x, y) => MarkShape.Cross(x, y, 4.5, Palette.Rejected), "violation alleged"),
            ]),
            ("Talks", [
                .. new[] { TalksStatus.Secret, TalksStatus.Open, TalksStatus.Resumed, TalksStatus.Stalled, TalksStatus.Suspended }
                    .Select(s => ((Func<double, double, XElement>)((x, y) => Rect(x - 7, y - 5, 14, 10, "phase", Palette.TalksPhase(s))), s.ToString().ToLowerInvariant())),
                ((x, y) => MarkShape.Dot(x, y, 4.5, Palette.TalksPhase(TalksStatus.Open)), "opened"),
                ((x, y) => MarkShape.Ring(x, y, 4, Palette.TalksPhase(TalksStatus.Open)), "acknowledged"),
                ((x, y) => MarkShape.Barred(x, y, 4, Palette.Neutral), "denied"),
                ((x, y) => MarkShape.Diamond(x, y, 4, Palette.TalksPhase(TalksStatus.Open)), "round held"),
                ((x, y) => MarkShape.Square(x, y, 4, Palette.Rejected), "suspended"),
                ((x, y) => MarkShape.TriangleRight(x, y, 4.5, "#0096c7"), "resumed"),
                ((x, y) => MarkShape.Star(x, y, 4, Palette.Mediation), "mediator engaged"),
            ]),
            ("Demands", [
                .. palette.DemandingParties.Select(p => ((Func<double, double, XElement>)((x, y) => MarkShape.Dot(x, y, 4, palette.Actor(p))), $"made by {p.Name}")),
                ((x, y) => Line(x - 7, y, x + 7, y, "demand-line standing").WithStroke(Palette.Tabled), "standing"),
                ((x, y) => MarkShape.Check(x, y, 4, Palette.Met), "met"),
                ((x, y) => MarkShape.Diamond(x, y, 3.5, Palette.PartlyMet), "partly met"),
                ((x, y) => MarkShape.Cross(x, y, 4, Palette.Rejected), "rejected"),
            ]),
            ("Prisoners", [
                ((x, y) => MarkShape.TriangleUp(x, y, 6, Palette.Release), "released (size: number)"),
                ((x, y) => MarkShape.TriangleUp(x, y, 5, Palette.Release, hollow: true), "named people handed over"),
                ((x, y) => MarkShape.TriangleDown(x, y, 5, Palette.Neutral), "withheld"),
            ]),
            ("Attacks", [
                .. palette.Perpetrators.Select(p => ((Func<double, double, XElement>)((x, y) => Circle(x, y, 5, "attack", palette.Actor(p), palette.Actor(p))), p.Name)),
                ((x, y) => El("g", Line(x, y - 7, x, y + 7, "whisker-line dark"), Line(x - 4, y - 7, x + 4, y - 7, "whisker-line dark"), Line(x - 4, y + 7, x + 4, y + 7, "whisker-line dark")), "range of the sources' figures"),
                ((x, y) => Circle(x, y, 5, "in-ceasefire"), "inside a ceasefire"),
                ((x, y) => Rect(x - 7, y - 5, 14, 10, "claims", Palette.Neutral), "claimed a month"),
            ]),
            ("Deals, pressure", [
                ((x, y) => Rect(x - 7, y - 4, 14, 8, "deals-period"), "years past deals cover"),
                ((x, y) => MarkShape.Diamond(x, y, 3.5, Palette.Pressure), "pressure on the talks"),
                ((x, y) => MarkShape.Dot(x, y, 4, Palette.Parliament), "parliament consulted"),
            ]),
            ("Dates, scenarios", [
                ((x, y) => El("g", MarkShape.Dot(x - 5, y, 3, Palette.Neutral), Line(x - 5, y, x + 9, y, "precision")), "known only to the month or year (mark on its first day)"),
                ((x, y) => El("g", Circle(x, y, 7, "halo"), MarkShape.Dot(x, y, 3, Palette.Neutral)), "differs from the first scenario"),
                ((x, y) => MarkShape.Ring(x, y, 3.5, Palette.Faint), "only in the first scenario"),
                ((x, y) => Line(x, y - 7, x, y + 7, "parting-line"), "where it parts"),
            ]),
        ];
        Lay();
    }

    public double Height { get; private set; }

    public XElement Render()
    {
        var svg = El("svg", A("class", "block legend"), A("width", width), A("height", Height), A("viewBox", $"0 0 {N(width)} {N(Height)}"), A("role", "img"),
            El("desc", "Key"));
        foreach (var (group, y, placed) in layout)
        {
            svg.Add(Text(16, y + 4, group, "lane-label"));
            foreach (var (x, itemY, glyph, text) in placed)
            {
                svg.Add(El("g", A("class", "key"), glyph(x + 7, itemY), Text(x + 19, itemY + 4, text, "key-label")));
            }
        }

        return svg;
    }

    private static double ItemWidth(string text) => 19 + (text.Length * 5.9) + 18;

    private void Lay()
    {
        var y = 16.0;
        foreach (var (group, items) in groups)
        {
            var placed = new List<(double, double, Func<double, double, XElement>, string)>();
            var x = ItemsLeft;
            var groupY = y;
            foreach (var (glyph, text) in items)
            {
                if (x + ItemWidth(text) > width - 16 && x > ItemsLeft)
                {
                    x = ItemsLeft;
                    y += RowHeight;
                }

                placed.Add((x, y, glyph, text));
                x += ItemWidth(text);
            }

            layout.Add((group, groupY, placed));
            y += RowHeight;
        }

        Height = y + 4;
    }
}
