using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// Where a scenario's record ends: the latest publication day of the sources its events cite. Past it
/// no source can say what happened and the model infers nothing, so the report marks that stretch
/// rather than letting an open band or a standing demand read as a finding.
/// </summary>
internal static class RecordHorizon
{
    private const double HatchSpacing = 7;

    public static string Explanation(string scenario, DateOnly horizon) =>
        $"The record of {scenario} ends on {Day(horizon)}, the latest publication day of the sources its events cite. "
        + "Past this date no source can say what happened, and the model infers nothing: a ceasefire still in force is unknown, not lapsed.";

    /// <summary>
    /// The stretch from the day after the horizon to the end of the axis, drawn under the lanes' marks: it
    /// carries the explanation for a pointer over an empty part of it.
    /// </summary>
    public static XElement? BeyondRecord(TimeScale scale, string scenario, DateOnly horizon, double top, double bottom)
    {
        var left = scale.XAfter(horizon);
        return left >= scale.Right
            ? null
            : El("g", A("class", "beyond-record"), A("data-from", Day(horizon.AddDays(1))),
                Title(Explanation(scenario, horizon)),
                Rect(left, top, scale.Right - left, bottom - top, "beyond-record-area"));
    }

    /// <summary>
    /// A veil over the same stretch, drawn over the lanes: a wash that fades the bands and lines running on
    /// past the horizon, and a hatch. It lets the pointer through, so every mark under it keeps its tooltip.
    /// </summary>
    public static XElement? Veil(TimeScale scale, DateOnly horizon, double top, double bottom)
    {
        var left = scale.XAfter(horizon);
        return left >= scale.Right
            ? null
            : El("g", A("class", "beyond-record-veil"), A("data-from", Day(horizon.AddDays(1))),
                Rect(left, top, scale.Right - left, bottom - top, "beyond-record-wash"),
                Path(Hatch(left, top, scale.Right, bottom), "beyond-record-hatch"));
    }

    /// <summary>The vertical line at the end of the horizon's day, labelled, drawn over the lanes.</summary>
    public static XElement Line(TimeScale scale, string scenario, DateOnly horizon, double top, double bottom, string explanation)
    {
        var x = scale.XAfter(horizon);
        return El("g", A("class", "record-horizon"), A("data-date", Day(horizon)), A("data-scenario", scenario),
            Title(explanation),
            Svg.Line(x, top, x, bottom, "record-horizon-line"),
            Text(x - 4, top + 9, $"record ends {Day(horizon)}", "record-horizon-label", "end"));
    }

    /// <summary>
    /// Diagonal strokes clipped to the rectangle by hand: a pattern fill would need a url() reference,
    /// which the page keeps out so that nothing in it can point anywhere.
    /// </summary>
    private static string Hatch(double left, double top, double right, double bottom)
    {
        var path = new StringBuilder();
        var first = Math.Ceiling((left + top) / HatchSpacing) * HatchSpacing;
        for (var c = first; c < right + bottom; c += HatchSpacing)
        {
            // The stroke is x + y = c: it rises to the right, like the axis break.
            var fromX = Math.Max(left, c - bottom);
            var toX = Math.Min(right, c - top);
            if (toX - fromX < 0.5)
            {
                continue;
            }

            path.Append(CultureInfo.InvariantCulture, $"M{N(fromX)} {N(c - fromX)}L{N(toX)} {N(c - toX)}");
        }

        return path.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
