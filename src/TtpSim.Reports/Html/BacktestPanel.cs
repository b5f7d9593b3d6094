using System.Globalization;
using System.Xml.Linq;
using TtpSim.Domain.Simulation.Backtesting;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// A backtest of the simulator against the record: a reliability diagram for each yes/no outcome (the
/// model's forecasts in tenths against how often the thing happened, a circle's area by how many), and
/// the scores of the model and the two reference forecasts with the number of outcomes scored.
/// </summary>
internal sealed class BacktestPanel(string scenario, BacktestResult result)
{
    private const double HeaderHeight = 52;
    private const double Diagram = 190;
    private const double DiagramLeft = 60;
    private const double DiagramGap = 150;

    public double Height => HeaderHeight + Diagram + 66;

    public XElement Render(double width)
    {
        var cutoffs = string.Join(", ", result.Cutoffs.Select(c => c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var svg = El("svg", A("class", "block backtest"), A("width", width), A("height", Height), A("viewBox", $"0 0 {N(width)} {N(Height)}"), A("role", "img"),
            A("data-scenario", scenario),
            El("desc", $"Backtest of {scenario} against the record"),
            Text(16, 20, $"Backtest of {scenario}: {result.Cutoffs.Length} cutoffs ({cutoffs}), {result.Weeks} weeks each, {result.Runs} runs, seed {result.Seed}", "block-title"),
            Text(16, 38, "Scored only where the record settles the outcome. Reliability: forecast (x) against how often it happened (y); on the diagonal is calibrated.", "block-subtitle"));
        var top = HeaderHeight;
        svg.Add(Reliability("backtest-ceasefire", "Ceasefire in force", result.CeasefireInForce, DiagramLeft, top));
        svg.Add(Reliability("backtest-talks", "Talks suspended", result.TalksSuspended, DiagramLeft + Diagram + DiagramGap, top));
        svg.Add(Scores(DiagramLeft + (2 * (Diagram + DiagramGap)), top));
        return El("section", A("class", "backtest"), A("id", $"backtest-{scenario}"), svg);
    }

    private static XElement Reliability(string @class, string label, BinaryScores scores, double left, double top)
    {
        double X(double p) => left + (Diagram * p);
        double Y(double p) => top + Diagram - (Diagram * p);
        var diagram = El("g", A("class", $"reliability {@class}"), A("data-n", scores.N),
            Rect(left, top, Diagram, Diagram, "reliability-frame", "none"),
            Line(X(0), Y(0), X(1), Y(1), "baseline"),
            Text(left, top + Diagram + 14, "0", "scale-label", "middle"),
            Text(X(1), top + Diagram + 14, "1", "scale-label", "middle"),
            Text(left + (Diagram / 2), top + Diagram + 14, "model's forecast", "scale-label", "middle"),
            Text(left - 6, Y(1) + 3, "1", "scale-label", "end"),
            Text(left - 6, Y(0) + 3, "0", "scale-label", "end"),
            Text(left - 6, Y(0.5) + 3, "happened", "scale-label", "end"),
            Text(left, top + Diagram + 32, label, "lane-label"),
            Text(left, top + Diagram + 46, $"n = {scores.N} weeks scored, {scores.Unscored} left out", "lane-note"));
        var most = Math.Max(1, scores.Reliability.Select(b => b.N).DefaultIfEmpty(1).Max());
        foreach (var bin in scores.Reliability)
        {
            diagram.Add(El("circle", A("class", "reliability-bin"), A("cx", X(bin.MeanForecast)), A("cy", Y(bin.ObservedFrequency)),
                A("r", 3 + (9 * Math.Sqrt((double)bin.N / most))), A("fill", "#4361ee"), A("fill-opacity", 0.55),
                Title($"{bin.N} weeks forecast {bin.From:0.0}-{bin.To:0.0} (mean {bin.MeanForecast:0.00}): it happened in {bin.ObservedFrequency:0%}")));
        }

        return diagram;
    }

    private XElement Scores(double left, double top)
    {
        var columns = new[] { 0.0, 230, 300, 390, 490, 590 };
        var table = El("g", A("class", "backtest-scores"));
        void Row(double y, string @class, params string[] cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                table.Add(Text(left + columns[i], y, cells[i], @class, i == 0 ? null : "end"));
            }
        }

        Row(top + 12, "lane-label", "outcome (score)", "n", "model", "persistence", "climatology", "skill vs pers.");
        Row(top + 32, "lane-note", "ceasefire in force (Brier)", $"{result.CeasefireInForce.N}", Number(result.CeasefireInForce.Model), Number(result.CeasefireInForce.Persistence), Number(result.CeasefireInForce.Climatology), Skill(result.CeasefireInForce.Model, result.CeasefireInForce.Persistence));
        Row(top + 50, "lane-note", "talks suspended (Brier)", $"{result.TalksSuspended.N}", Number(result.TalksSuspended.Model), Number(result.TalksSuspended.Persistence), Number(result.TalksSuspended.Climatology), Skill(result.TalksSuspended.Model, result.TalksSuspended.Persistence));
        Row(top + 68, "lane-note", "attacks a month (CRPS)", $"{result.AttacksPerMonth.N}", Number(result.AttacksPerMonth.Model), Number(result.AttacksPerMonth.Persistence), Number(result.AttacksPerMonth.Climatology), Skill(result.AttacksPerMonth.Model, result.AttacksPerMonth.Persistence));
        table.Add(Text(left, top + 92, $"Attacks: the model's 50% interval held the count in {Number(result.AttacksPerMonth.Coverage50)}, its 90% interval in {Number(result.AttacksPerMonth.Coverage90)} of {result.AttacksPerMonth.N} months.", "lane-note"));
        table.Add(Text(left, top + 110, "Lower scores are better; skill = 1 - model/reference ('-' where the reference scored 0).", "lane-note"));
        table.Add(Text(left, top + 128, "One history and a handful of truces: these scores are noisy.", "lane-note"));
        return table;
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";

    private static string Skill(double? model, double? reference) =>
        ForecastScores.Skill(model, reference)?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";
}
