using System.Xml.Linq;
using TtpSim.Domain.Provenance;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>The articles the report's events cite, listed once at the end, and how to read the marks.</summary>
internal sealed class SourcesFooter(IReadOnlyList<SourceCitation> sources, double width)
{
    private const double LineHeight = 15;

    public double Height => 44 + (sources.Count * LineHeight) + 8;

    public XElement Render()
    {
        var svg = El("svg", A("class", "block sources"), A("width", width), A("height", Height), A("viewBox", $"0 0 {N(width)} {N(Height)}"), A("role", "img"),
            El("desc", "Sources"),
            Line(16, 4, width - 16, 4, "lane-rule"),
            Text(16, 20, "Sources", "block-title"),
            Text(16, 36, "Hover over any mark for the event, how precisely it is dated, and the sources with the sentence each one gives.", "block-subtitle"));
        var y = 44 + LineHeight - 4;
        foreach (var source in sources)
        {
            svg.Add(Text(16, y, $"{source.File}: {source.Outlet}, \"{source.Title}\", {source.Published}", "source-line"));
            y += LineHeight;
        }

        return svg;
    }
}
