using System.Globalization;
using System.Xml.Linq;

namespace TtpSim.Reports.Html;

/// <summary>
/// Small builders for SVG and HTML elements. The report is built as an element tree, so every text and
/// attribute is escaped by construction and the page is well-formed (tests read it as XML).
/// </summary>
internal static class Svg
{
    public static XElement El(string name, params object?[] content) => new(name, content.Where(c => c is not null));

    public static XAttribute A(string name, object value) => new(name, value is double d ? N(d) : value);

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static XElement Title(string text) => new("title", text);

    public static XElement Text(double x, double y, string text, string @class, string? anchor = null) =>
        El("text", A("x", x), A("y", y), A("class", @class), anchor is null ? null : A("text-anchor", anchor), text);

    public static XElement Line(double x1, double y1, double x2, double y2, string @class) =>
        El("line", A("x1", x1), A("y1", y1), A("x2", x2), A("y2", y2), A("class", @class));

    public static XElement Rect(double x, double y, double width, double height, string @class, string? fill = null) =>
        El("rect", A("x", x), A("y", y), A("width", Math.Max(width, 0.5)), A("height", height), A("class", @class), fill is null ? null : A("fill", fill));

    public static XElement Path(string data, string @class, string? fill = null, string? stroke = null) =>
        El("path", A("d", data), A("class", @class), fill is null ? null : A("fill", fill), stroke is null ? null : A("stroke", stroke));

    public static XElement Circle(double x, double y, double r, string @class, string? fill = null, string? stroke = null) =>
        El("circle", A("cx", x), A("cy", y), A("r", r), A("class", @class), fill is null ? null : A("fill", fill), stroke is null ? null : A("stroke", stroke));
}
