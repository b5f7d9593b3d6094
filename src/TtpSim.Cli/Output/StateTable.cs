using Spectre.Console;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Cli.Output;

/// <summary>The state snapshot as a person reads it: a few lines of summary, then one table per topic.</summary>
internal static class StateTable
{
    public static void Write(TextWriter writer, StateSnapshot s)
    {
        var console = Terminal.Over(writer);
        var knowledge = s.KnownAsOf is { } known ? $"as the public knew it on {known:yyyy-MM-dd}" : "everything known";
        console.MarkupLine($"[bold]{Markup.Escape(s.Scenario)}[/] on [bold]{s.AsOf:yyyy-MM-dd}[/] ({knowledge}; {s.EventsApplied} events)");
        if (s.Record.Horizon is { } horizon)
        {
            console.MarkupLine(Markup.Escape(s.Record.BeyondHorizon
                ? $"Past the record: its last source was published on {horizon:yyyy-MM-dd}; what it cannot say is marked unknown."
                : $"The record ends on {horizon:yyyy-MM-dd}, the last publication date of its sources."));
        }

        console.WriteLine();

        Ceasefires(console, s.Ceasefire, s.Record.BeyondHorizon);
        Talks(console, s.Talks);
        Demands(console, s.Demands);
        Prisoners(console, s.PrisonersReleased);
        Attacks(console, s);
        Pressure(console, s);
        BaseRates(console, s.BaseRates);
        Uncertain(console, s.Uncertain);
    }

    /// <summary>What the record's uncertain dates leave open: statuses with their possible values, then the events that may not have happened (or been known) yet.</summary>
    private static void Uncertain(IAnsiConsole console, IReadOnlyList<UncertainView> uncertain)
    {
        if (uncertain.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Uncertain on this date[/] (an event dated to a month or a range may fall on any day of it):");
        var statuses = uncertain.Where(u => !u.Path.StartsWith("events[", StringComparison.Ordinal)).ToList();
        if (statuses.Count > 0)
        {
            var table = NewTable("status", "may be", "because of the dates of");
            foreach (var u in statuses)
            {
                table.AddRow(Cells(u.Path, string.Join(" or ", u.PossibleValues.Select(v => v?.ToJsonString().Trim('"') ?? "not yet recorded")), string.Join(", ", u.BecauseOf)));
            }

            console.Write(table);
        }

        var pending = uncertain.Where(u => u.Path.EndsWith("].happened", StringComparison.Ordinal)).SelectMany(u => u.BecauseOf).ToList();
        if (pending.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"Listed above, but their dated period runs past this date, so they may not have happened yet: {string.Join(", ", pending)}"));
        }

        var unknown = uncertain.Where(u => u.Path.EndsWith("].known", StringComparison.Ordinal)).SelectMany(u => u.BecauseOf).ToList();
        if (unknown.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"Not listed, but the public may already have known of them: {string.Join(", ", unknown)}"));
        }

        console.WriteLine();
    }

    private static void Ceasefires(IAnsiConsole console, CeasefireView ceasefire, bool beyondHorizon)
    {
        var headline = ceasefire.Active is null && beyondHorizon
            ? "unknown: a ceasefire was in force when the record ends, and no source says whether it lasted"
            : ceasefire.Active is null
            ? "unknown: the dates the sources give leave it open (see Uncertain below)"
            : ceasefire.InForce.Count == 0
            ? "none in force"
            : string.Join("; ", ceasefire.InForce.Select(c =>
                $"{c.Scope} ({c.Kind.ToString().ToLowerInvariant()}) since {c.Start}" + (c.ScheduledEnd is { } end ? $", until {end:yyyy-MM-dd}, {c.DaysLeft} days left" : "")));
        console.MarkupLine($"[bold]Ceasefire:[/] {Markup.Escape(headline)}");
        if (ceasefire.History.Count == 0)
        {
            return;
        }

        var table = NewTable("ceasefire", "scope", "from", "until", "status", "how it ended");
        foreach (var c in ceasefire.History)
        {
            var ending = c.How is { } how ? $"{how} {c.Ended}" + (c.EndedBy is { } by ? $" by {by}" : "") : c.Status == "lapsed" ? $"past its end {c.Ended}" : "";
            var alleged = c.AllegedViolationCount > 0 ? $"{c.AllegedViolationCount} alleged violation(s), not counted" : "";
            var notes = string.Join("; ", new[] { ending, alleged }.Where(n => n.Length > 0));
            table.AddRow(Cells(c.Id, c.Scope, c.Start, c.ScheduledEnd?.ToString("yyyy-MM-dd") ?? "open", c.Status, notes));
        }

        console.Write(table);
    }

    private static void Talks(IAnsiConsole console, TalksView talks)
    {
        var since = talks.Since is null ? "" : $" since {talks.Since}";
        var venue = talks.Venue is null ? "" : $", venue {talks.Venue}";
        var mediators = talks.Mediators.Count == 0 ? "none known" : string.Join(", ", talks.Mediators);
        console.MarkupLine(Markup.Escape($"Talks: {talks.Status.ToString().ToLowerInvariant()}{since}{venue}; rounds held: {talks.Rounds}; mediators: {mediators}"));
        if (talks.SinceMayBeLater)
        {
            console.MarkupLine(Markup.Escape($"  uncertain: the sources date this change only to {talks.Since}; on this date it may not have happened yet"));
        }
        if (talks.Denials.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"  denied: {string.Join("; ", talks.Denials.Select(d => $"{d.By} ({d.On})"))}"));
        }

        if (talks.NeitherConfirmedNorDenied.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"  neither confirmed nor denied: {string.Join("; ", talks.NeitherConfirmedNorDenied.Select(d => $"{d.By} ({d.On})"))}"));
        }

        if (talks.Emissaries.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"  emissaries (for one side): {string.Join("; ", talks.Emissaries.Select(e => $"{e.Emissary} for {e.For} ({e.On})"))}"));
        }
    }

    private static void Demands(IAnsiConsole console, IReadOnlyList<DemandView> demands)
    {
        if (demands.Count == 0)
        {
            return;
        }

        var table = NewTable("party", "demand", "of", "status", "since");
        foreach (var d in demands)
        {
            table.AddRow(Cells(d.Party, d.Subject.ToString(), d.On, d.Status.ToString(), d.StatusSince));
        }

        console.MarkupLine("[bold]Demands[/]");
        console.Write(table);
    }

    private static void Prisoners(IAnsiConsole console, PrisonersView prisoners)
    {
        var range = prisoners.Low == prisoners.High ? $"{prisoners.Low}" : $"{prisoners.Low}-{prisoners.High}";
        var unknown = prisoners.IncludesReleasesWithoutFigures ? " (and releases of unknown size)" : "";
        console.MarkupLine(Markup.Escape($"Prisoners released: {range}{unknown} from {prisoners.Reports.Count} reports"));
        foreach (var report in prisoners.Reports)
        {
            var figures = report.Count.Reports.Count == 0 ? "no figure" : string.Join(" vs ", report.Count.Reports.Select(f => $"{f.Value} ({f.Note ?? f.Source})"));
            console.MarkupLine(Markup.Escape($"  {report.Date} by {report.By}, {report.Basis.ToString().ToLowerInvariant()}: {figures}"));
        }

        foreach (var handover in prisoners.HandedOver)
        {
            console.MarkupLine(Markup.Escape($"  handed over {handover.Date} to {handover.To}: {string.Join(", ", handover.Names)}"));
        }

        foreach (var held in prisoners.StillHeld)
        {
            console.MarkupLine(Markup.Escape($"  still held: {Count(held.Count)} ({held.Reason})"));
        }
    }

    private static void Attacks(IAnsiConsole console, StateSnapshot s)
    {
        if (s.Attacks.Count == 0)
        {
            return;
        }

        var table = NewTable("date", "perpetrator", "where", "killed", "in ceasefire");
        foreach (var a in s.Attacks)
        {
            table.AddRow(Cells(a.Date, a.Perpetrator, a.Location, Count(a.Fatalities), a.Ceasefire ?? ""));
        }

        var shown = s.Attacks.Count < s.Totals.Attacks ? $" (the latest {s.Attacks.Count} of {s.Totals.Attacks})" : "";
        console.MarkupLine($"[bold]Attacks[/]{Markup.Escape(shown)}");
        console.Write(table);
        foreach (var count in s.ClaimedAttackCounts)
        {
            console.MarkupLine(Markup.Escape($"  {count.Month}: {count.Perpetrator} claimed {Count(count.Count)} attacks{(count.Verified ? "" : " (not verified)")}"));
        }
    }

    private static void Pressure(IAnsiConsole console, StateSnapshot s)
    {
        foreach (var p in s.Pressure)
        {
            console.MarkupLine(Markup.Escape($"Pressure {p.Date}: {p.By} ({p.Kind}) {p.Description}"));
        }

        foreach (var c in s.ParliamentConsulted)
        {
            console.MarkupLine(Markup.Escape($"Parliament consulted {c.Date} ({c.Forum}): {c.Description}"));
        }
    }

    private static void BaseRates(IAnsiConsole console, IReadOnlyList<BaseRateView> rates)
    {
        foreach (var r in rates)
        {
            console.MarkupLine(Markup.Escape($"Base rate {r.PeriodFrom}-{r.PeriodTo}: {Count(r.Deals)} deals, {Count(r.Held)} held. {r.Outcome}"));
        }
    }

    /// <summary>A count as the sources allow it: "8", "147-149", or "?" when no source gives a number.</summary>
    private static string Count(RangeView range) =>
        range.Low is null ? "?" : range.Low == range.High ? $"{range.Low}" : $"{range.Low}-{range.High}";

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    private static string[] Cells(params string[] values) => [.. values.Select(Markup.Escape)];
}
