using System.Xml.Linq;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>The time axis as every block draws it: the shaded context strip, the break, grid lines and labels.</summary>
internal static class AxisDrawing
{
    public const double LabelHeight = 28;

    /// <summary>Labels in the band starting at <paramref name="top"/>; grid lines and the strip from <paramref name="gridTop"/> to <paramref name="gridBottom"/>.</summary>
    public static XElement Draw(TimeScale scale, double top, double gridTop, double gridBottom)
    {
        var axis = El("g", A("class", "axis"));
        if (scale.HasContext)
        {
            axis.Add(El("g", A("class", "context-strip"),
                Title($"Before {scale.FocusStart:MMMM yyyy}: years, compressed into a strip"),
                Rect(scale.Left, gridTop, TimeScale.ContextWidth, gridBottom - gridTop, "context")));
            var breakLeft = scale.ContextRight + 4;
            var breakRight = scale.FocusLeft - 4;
            foreach (var y in new[] { gridTop, gridBottom })
            {
                axis.Add(Path($"M{N(breakLeft)} {N(y + 5)}L{N(breakLeft + 5)} {N(y - 5)}M{N(breakRight - 5)} {N(y + 5)}L{N(breakRight)} {N(y - 5)}", "axis-break"));
            }
        }

        foreach (var tick in scale.Ticks)
        {
            axis.Add(El("line", A("x1", tick.X), A("y1", gridTop), A("x2", tick.X), A("y2", gridBottom),
                A("class", tick.Label is null ? "tick minor" : "tick"), A("data-date", tick.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
            if (tick.Label is not null)
            {
                axis.Add(Text(tick.X + 3, top + 12, tick.Label, "tick-label"));
            }

            if (tick.SubLabel is not null)
            {
                axis.Add(Text(tick.X + 3, top + 24, tick.SubLabel, "tick-year"));
            }
        }

        return axis;
    }
}
