using System.Globalization;
using System.Text;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Reports.Html;

/// <summary>The text a mark shows on hover: what happened, how precisely it is dated, and who says so.</summary>
internal static class EventTooltip
{
    public static string For(NegotiationEvent e)
    {
        var text = new StringBuilder();
        text.AppendLine(e.Describe());
        if (e.Meta.Assertion is { Status: not AssertionStatus.Reported } assertion)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Status: {Words.Of(assertion.Status)}{assertion.ByWhom()}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Date: {Precision(e.Meta.Occurred)}; public from {e.Meta.KnownFrom:yyyy-MM-dd}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{e.TypeName}, {(e.Cameo is { } cameo ? $"CAMEO {cameo.Code} ({cameo.Label})" : "no CAMEO code")}; id {e.Meta.Id}");
        if (e.Figure() is { Estimate.IsKnown: true } figure)
        {
            var reports = figure.Estimate.Reports.Select(r => $"{Bound(r)}{r.Value} ({r.Note ?? r.SourceFile})");
            text.AppendLine(CultureInfo.InvariantCulture, $"{Capitalised(figure.Counts)}: {Words.Count(figure.Estimate)}; as reported: {string.Join("; ", reports)}");
        }

        if (e.Meta.DerivedBy is { } derivation)
        {
            text.Append(CultureInfo.InvariantCulture, $"Inferred by the rule {derivation.Rule} from {string.Join(", ", derivation.From)}; no source states it");
            return text.ToString();
        }

        if (e.Meta.Sources.IsDefaultOrEmpty)
        {
            text.Append("Sources: none cited (an invented event of a what-if scenario)");
            return text.ToString();
        }

        text.Append("Sources:");
        foreach (var source in e.Meta.Sources)
        {
            text.AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"- {source.Outlet}, \"{source.Title}\" ({source.Published}), {source.File}: \"{source.Quote}\"");
        }

        return text.ToString();
    }

    public static string Precision(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => $"{date} (to the day)",
        DatePrecision.Month => $"{date} (known only to the month; counted from {date.Start:yyyy-MM-dd})",
        DatePrecision.Range => $"{date} (known only to the range the sources bound; counted from {date.Start:yyyy-MM-dd})",
        _ => $"{date} (known only to the year; counted from {date.Start:yyyy-MM-dd})",
    };

    private static string Bound(ReportedFigure figure) => figure.Bound switch
    {
        FigureBound.AtLeast => "at least ",
        FigureBound.MoreThan => "more than ",
        _ => "",
    };

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
