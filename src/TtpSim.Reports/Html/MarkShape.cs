using System.Xml.Linq;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>The glyphs events are drawn with, each centred on (x, y) with half-size s.</summary>
internal static class MarkShape
{
    /// <summary>A thin white edge keeps touching marks apart.</summary>
    private const string Outline = "#ffffff";

    public static XElement Dot(double x, double y, double s, string fill) => Circle(x, y, s, "mark", fill, Outline);

    public static XElement Ring(double x, double y, double s, string stroke) => Circle(x, y, s, "mark hollow", "#ffffff", stroke);

    public static XElement Square(double x, double y, double s, string fill) =>
        Path($"M{N(x - s)} {N(y - s)}h{N(2 * s)}v{N(2 * s)}h{N(-2 * s)}z", "mark", fill, Outline);

    public static XElement Diamond(double x, double y, double s, string fill) =>
        Path($"M{N(x)} {N(y - s - 1)}L{N(x + s + 1)} {N(y)}L{N(x)} {N(y + s + 1)}L{N(x - s - 1)} {N(y)}z", "mark", fill, Outline);

    public static XElement TriangleUp(double x, double y, double s, string fill, bool hollow = false) =>
        Path($"M{N(x)} {N(y - s)}L{N(x + s)} {N(y + s)}L{N(x - s)} {N(y + s)}z", hollow ? "mark hollow" : "mark", hollow ? "#ffffff" : fill, hollow ? fill : Outline);

    public static XElement TriangleDown(double x, double y, double s, string fill) =>
        Path($"M{N(x - s)} {N(y - s)}L{N(x + s)} {N(y - s)}L{N(x)} {N(y + s)}z", "mark", fill, Outline);

    public static XElement TriangleRight(double x, double y, double s, string fill) =>
        Path($"M{N(x - s + 1)} {N(y - s)}L{N(x + s + 1)} {N(y)}L{N(x - s + 1)} {N(y + s)}z", "mark", fill, Outline);

    public static XElement Cross(double x, double y, double s, string stroke) =>
        Path($"M{N(x - s)} {N(y - s)}L{N(x + s)} {N(y + s)}M{N(x + s)} {N(y - s)}L{N(x - s)} {N(y + s)}", "mark stroke-only", "none", stroke);

    public static XElement Tick(double x, double y, double s, string stroke) =>
        Path($"M{N(x)} {N(y - s - 2)}V{N(y + s + 2)}", "mark stroke-only", "none", stroke);

    /// <summary>A check mark: a demand met.</summary>
    public static XElement Check(double x, double y, double s, string stroke) =>
        Path($"M{N(x - s)} {N(y)}L{N(x - (s / 3))} {N(y + s)}L{N(x + s)} {N(y - s)}", "mark stroke-only", "none", stroke);

    /// <summary>A circle crossed through: a denial.</summary>
    public static XElement Barred(double x, double y, double s, string stroke) =>
        El("g", Ring(x, y, s, stroke), Path($"M{N(x - (s * 0.7))} {N(y + (s * 0.7))}L{N(x + (s * 0.7))} {N(y - (s * 0.7))}", "mark stroke-only", "none", stroke));

    public static XElement Star(double x, double y, double s, string fill)
    {
        var points = Enumerable.Range(0, 10).Select(i =>
        {
            var radius = i % 2 == 0 ? s + 1.5 : (s + 1.5) * 0.45;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            return $"{N(x + (radius * Math.Cos(angle)))} {N(y + (radius * Math.Sin(angle)))}";
        });
        return Path("M" + string.Join("L", points) + "z", "mark", fill, Outline);
    }
}
