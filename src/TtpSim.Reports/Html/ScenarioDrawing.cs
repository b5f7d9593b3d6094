using System.Globalization;
using System.Xml.Linq;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// What every lane of one scenario's block draws with: the shared time axis and colours, the
/// scenario's final state (ceasefire bands, talks phases, demand statuses), and how it departs from
/// the reference. Every event becomes one marked group carrying its id, date and tooltip.
/// </summary>
internal sealed class ScenarioDrawing(ReportScenario scenario, TimeScale scale, Palette palette, Divergence divergence, double fatalityMax)
{
    public ReportScenario Scenario { get; } = scenario;

    public TimeScale Scale { get; } = scale;

    public Palette Palette { get; } = palette;

    public Divergence Divergence { get; } = divergence;

    /// <summary>The largest fatality figure in any scenario of the report, so every block uses one vertical scale.</summary>
    public double FatalityMax { get; } = fatalityMax;

    public NegotiationState FinalState { get; } = Timeline.StateAt(scenario.Events, DateOnly.MaxValue);

    public double X(NegotiationEvent e) => Scale.X(e.Meta.Occurred.Start);

    /// <summary>The horizontal extent of an event's mark, its dashed precision tail included, for packing rows.</summary>
    public (double Left, double Right) Extent(NegotiationEvent e, double halfWidth, double labelWidth = 0)
    {
        var x = X(e);
        var tailEnd = e.Meta.Occurred.Precision == DatePrecision.Day ? x : Scale.XAfter(e.Meta.Occurred.End);
        return (x - halfWidth, Math.Max(tailEnd, x + halfWidth + labelWidth));
    }

    /// <summary>
    /// One event's mark: a group with the event's id, type and date, its tooltip, a dashed tail across the
    /// period when the date is known only to the month or year, a halo when it differs from the reference,
    /// then the glyph and an optional label.
    /// </summary>
    public XElement EventMark(NegotiationEvent e, double y, XElement glyph, string? label = null, bool tail = true)
    {
        var x = X(e);
        var differs = Divergence.Differing.Contains(e.Meta.Id);
        return El("g",
            A("class", differs ? "event differs" : "event"),
            A("data-event", e.Meta.Id),
            A("data-type", e.TypeName),
            A("data-date", e.Meta.Occurred.ToString()),
            A("data-precision", e.Meta.Occurred.Precision.ToString().ToLowerInvariant()),
            A("data-x", N(x)),
            Title(EventTooltip.For(e)),
            tail && e.Meta.Occurred.Precision != DatePrecision.Day ? Line(x, y, Scale.XAfter(e.Meta.Occurred.End), y, "precision") : null,
            differs ? Circle(x, y, 8.5, "halo") : null,
            glyph,
            label is null ? null : Text(x + 11, y + 3.5, label, "mark-label"));
    }

    public static double LabelWidth(string? label) => label is null ? 0 : 13 + (label.Length * 5.6);

    public static string Count(Estimate estimate) =>
        estimate.Low is not { } low ? "?" : low == estimate.High ? low.ToString(CultureInfo.InvariantCulture) : $"{low}-{estimate.High}";
}
