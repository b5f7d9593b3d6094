using System.CommandLine;
using TtpSim.Cli.Output;
using TtpSim.Domain.Comparison;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;

namespace TtpSim.Cli.Commands;

/// <summary>
/// The JSON of `diff --at`: both states whole, and every place they differ. <see cref="HorizonA"/> and
/// <see cref="HorizonB"/> are where each record ends as its state on the date knows it (its <c>record.horizon</c>).
/// </summary>
public sealed record StateDiffView(
    string A,
    string B,
    DateOnly At,
    DateOnly? KnownAsOf,
    IReadOnlyList<Difference> Differences,
    StateSnapshot StateA,
    StateSnapshot StateB,
    DateOnly? HorizonA,
    DateOnly? HorizonB);

/// <summary>
/// The JSON of `diff --from --to`: the dates on which the histories part, and where each scenario's whole
/// record ends (<see cref="HorizonA"/>, <see cref="HorizonB"/>).
/// </summary>
public sealed record PartingView(string A, string B, DateOnly From, DateOnly To, IReadOnlyList<PartingPoint> Points, DateOnly? HorizonA, DateOnly? HorizonB);

public static class DiffCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "A replayed scenario, e.g. baseline-2021-22" };
        var b = new Argument<string>("b") { Description = "Another, e.g. ttp-extends-ceasefire" };
        var at = new Option<string?>("--at") { Description = "Compare the two states on this date (yyyy-mm-dd)" };
        var knownAsOf = new Option<string?>("--known-as-of") { Description = "With --at: as the public knew them on this date" };
        var from = new Option<string?>("--from") { Description = "With --to: list where and when the histories part in this window" };
        var to = new Option<string?>("--to") { Description = "End of the window (yyyy-mm-dd)" };
        var format = OutputFormats.Option();
        var command = new Command("diff", "Compare two scenarios: their states side by side on a date, or the dates where their histories part.\n"
            + "Each scenario's record ends where its last source was published; what lies past it is marked.\n\n"
            + "Examples:\n  ./ttpsim diff baseline-2021-22 ttp-extends-ceasefire --at 2021-12-15\n"
            + "  ./ttpsim diff baseline-2021-22 ttp-extends-ceasefire --from 2021-11-01 --to 2022-06-01 --format json")
        {
            a, b, at, knownAsOf, from, to, format,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var nameA = parse.GetRequiredValue(a);
            var nameB = parse.GetRequiredValue(b);
            var day = Dates.ParseDay(parse.GetValue(at), "--at");
            var windowStart = Dates.ParseDay(parse.GetValue(from), "--from");
            var windowEnd = Dates.ParseDay(parse.GetValue(to), "--to");
            if (day is null == (windowStart is null && windowEnd is null) || (windowStart is null != (windowEnd is null)))
            {
                throw new UsageException("give either --at <date>, or both --from <date> and --to <date>");
            }

            var output = parse.InvocationConfiguration.Output;
            var json = parse.GetValue(format) == OutputFormat.Json;
            await using var store = await StoreSession.OpenForReadingAsync();
            if (day is { } date)
            {
                var known = Dates.ParseDay(parse.GetValue(knownAsOf), "--known-as-of");
                var stateA = await store.Scenarios.SnapshotAtAsync(nameA, date, known, cancellation);
                var stateB = await store.Scenarios.SnapshotAtAsync(nameB, date, known, cancellation);
                var view = new StateDiffView(
                    nameA, nameB, date, known, SnapshotDiff.Between(stateA, stateB), stateA, stateB, stateA.Record.Horizon, stateB.Record.Horizon);
                if (json)
                {
                    output.WriteLine(SnapshotJson.Serialize(view));
                }
                else
                {
                    DiffTable.Write(output, view);
                }

                return ExitCodes.Ok;
            }

            if (windowEnd < windowStart)
            {
                throw new UsageException("--to is before --from");
            }

            var eventsA = await store.Scenarios.EventsAsync(nameA, cancellation);
            var eventsB = await store.Scenarios.EventsAsync(nameB, cancellation);
            var parting = new PartingView(
                nameA,
                nameB,
                windowStart!.Value,
                windowEnd!.Value,
                HistoryParting.Between([.. eventsA], [.. eventsB], windowStart.Value, windowEnd.Value),
                Horizon.OfHistory(eventsA),
                Horizon.OfHistory(eventsB));
            if (json)
            {
                output.WriteLine(SnapshotJson.Serialize(parting));
            }
            else
            {
                DiffTable.Write(output, parting);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
