using System.Globalization;
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
        var axis = El("g", A("class", "axis"), A("data-focus-from", Day(scale.FocusStart)), A("data-focus-to", Day(scale.FocusEnd)));
        if (scale.HasContext)
        {
            axis.Add(El("g", A("class", "context-strip"), A("data-side", "before"),
                Title($"Before {Day(scale.FocusStart)}: compressed into a strip"),
                Rect(scale.Left, gridTop, TimeScale.ContextWidth, gridBottom - gridTop, "context")));
            axis.Add(Break(scale.ContextRight, scale.FocusLeft, gridTop, gridBottom));
        }

        if (scale.HasTrailing)
        {
            axis.Add(El("g", A("class", "context-strip"), A("data-side", "after"),
                Title($"After {Day(scale.FocusEnd)}: compressed into a strip"),
                Rect(scale.TrailingLeft, gridTop, TimeScale.TrailingWidth, gridBottom - gridTop, "context")));
            axis.Add(Break(scale.FocusRight, scale.TrailingLeft, gridTop, gridBottom));
        }

        foreach (var tick in scale.Ticks)
        {
            axis.Add(El("line", A("x1", tick.X), A("y1", gridTop), A("x2", tick.X), A("y2", gridBottom),
                A("class", tick.Label is null ? "tick minor" : "tick"), A("data-date", Day(tick.Date))));
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

    /// <summary>The "//" marks at the top and bottom of the gap between a strip and the focus window.</summary>
    private static XElement Break(double gapLeft, double gapRight, double gridTop, double gridBottom)
    {
        var breakLeft = gapLeft + 4;
        var breakRight = gapRight - 4;
        var marks = El("g", A("class", "axis-break-marks"));
        foreach (var y in new[] { gridTop, gridBottom })
        {
            marks.Add(Path($"M{N(breakLeft)} {N(y + 5)}L{N(breakLeft + 5)} {N(y - 5)}M{N(breakRight - 5)} {N(y + 5)}L{N(breakRight)} {N(y - 5)}", "axis-break"));
        }

        return marks;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
