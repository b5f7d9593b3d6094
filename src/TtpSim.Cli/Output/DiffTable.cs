using System.Text.Json.Nodes;
using Spectre.Console;
using TtpSim.Cli.Commands;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Cli.Output;

internal static class DiffTable
{
    private const int MaxListed = 40;

    public static void Write(TextWriter writer, StateDiffView view)
    {
        var console = Terminal.Over(writer);
        console.MarkupLine(Markup.Escape($"{view.A} and {view.B} on {view.At:yyyy-MM-dd}: {view.Differences.Count} differences"));
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("");
        table.AddColumn("field");
        table.AddColumn(Markup.Escape(view.A));
        table.AddColumn(Markup.Escape(view.B));
        foreach (var (field, a, b) in Headlines(view.StateA).Zip(Headlines(view.StateB), (x, y) => (x.Field, x.Value, y.Value)))
        {
            table.AddRow(a == b ? "" : "≠", Markup.Escape(field), Markup.Escape(a), Markup.Escape(b));
        }

        console.Write(table);
        if (RecordHorizon.Beyond(view.At, (view.A, view.HorizonA), (view.B, view.HorizonB)) is { } beyond)
        {
            console.MarkupLine(Markup.Escape(
                $"{RecordHorizon.Day(view.At)} is {beyond}: past a record, the differences below show the state as that record "
                + "leaves it, not what happened, and a ceasefire still in force there is unknown."));
        }

        foreach (var difference in view.Differences.Take(MaxListed))
        {
            console.MarkupLine(Markup.Escape($"≠ {difference.Path}: {Short(difference.A)} | {Short(difference.B)}"));
        }

        if (view.Differences.Count > MaxListed)
        {
            console.MarkupLine(Markup.Escape($"... and {view.Differences.Count - MaxListed} more (--format json lists them all)"));
        }
    }

    public static void Write(TextWriter writer, PartingView view)
    {
        var console = Terminal.Over(writer);
        console.MarkupLine(Markup.Escape($"Where {view.A} and {view.B} part, {view.From:yyyy-MM-dd} to {view.To:yyyy-MM-dd}: {view.Points.Count} dates"));
        console.MarkupLine(Markup.Escape(
            $"Records end: {view.A} {RecordEnd(view.HorizonA)}, {view.B} {RecordEnd(view.HorizonB)} (the last day each one's sources were published)."));
        foreach (var point in view.Points)
        {
            var beyond = RecordHorizon.Beyond(point.Date, (view.A, view.HorizonA), (view.B, view.HorizonB));
            console.MarkupLine($"[bold]{point.Date:yyyy-MM-dd}[/]" + (beyond is null ? "" : Markup.Escape($"  {beyond}")));
            foreach (var line in point.OnlyInA)
            {
                console.MarkupLine(Markup.Escape($"  only in {view.A}: {line}"));
            }

            foreach (var line in point.OnlyInB)
            {
                console.MarkupLine(Markup.Escape($"  only in {view.B}: {line}"));
            }

            foreach (var line in point.Changed)
            {
                console.MarkupLine(Markup.Escape($"  changed: {line}"));
            }

            var fields = point.StateDifferences.Count == 0 ? "none" : string.Join(", ", point.StateDifferences.Take(8))
                + (point.StateDifferences.Count > 8 ? $" and {point.StateDifferences.Count - 8} more" : "");
            console.MarkupLine(Markup.Escape($"  state differs in: {fields}"));
        }
    }

    private static string RecordEnd(DateOnly? horizon) => horizon is { } end ? $"on {RecordHorizon.Day(end)}" : "nowhere (it cites no source)";

    private static IEnumerable<(string Field, string Value)> Headlines(StateSnapshot s)
    {
        yield return ("record ends", s.Record.Horizon is { } end ? RecordHorizon.Day(end) + (s.Record.BeyondHorizon ? " (the date is past it)" : "") : "no source cited");
        yield return ("ceasefire in force", s.Ceasefire.Active switch
        {
            true => $"yes, until {s.Ceasefire.ScheduledEnd:yyyy-MM-dd}",
            false => "no",
            null => "unknown (past the record)",
        });
        yield return ("talks", $"{s.Talks.Status.ToString().ToLowerInvariant()} since {s.Talks.Since ?? "-"}");
        yield return ("mediators", s.Talks.Mediators.Count == 0 ? "none" : string.Join(", ", s.Talks.Mediators));
        yield return ("prisoners released", s.PrisonersReleased.Low == s.PrisonersReleased.High ? $"{s.PrisonersReleased.Low}" : $"{s.PrisonersReleased.Low}-{s.PrisonersReleased.High}");
        yield return ("attacks recorded", $"{s.Totals.Attacks} ({s.AttacksByPerpetrator.Sum(p => p.InsideCeasefire)} inside a ceasefire)");
        yield return ("demands met / rejected", $"{s.Demands.Count(d => d.Status is Domain.State.DemandStatus.Met or Domain.State.DemandStatus.PartlyMet)} / {s.Demands.Count(d => d.Status == Domain.State.DemandStatus.Rejected)}");
        yield return ("pressure events", $"{s.Totals.Pressure}");
        yield return ("parliament consulted", s.ParliamentConsulted.Count == 0 ? "no" : string.Join("; ", s.ParliamentConsulted.Select(c => c.Date)));
    }

    private static string Short(JsonNode? node) => JsonValueText.Short(node, 60);
}
