using System.CommandLine;
using System.Text.Json.Nodes;
using TtpSim.Cli.Output;
using TtpSim.Cli.Verification;
using TtpSim.Domain.Comparison;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Cli.Commands;

public static class VerifyCommand
{
    /// <summary>Differences listed for one day before the rest are left to the received file.</summary>
    private const int DifferencesShown = 20;

    /// <summary>A value longer than this (a whole attack, say) is cut: the received file has it whole.</summary>
    private const int ValueWidth = 120;

    public static Command Create()
    {
        var names = new Argument<string[]>("scenario") { Description = "Scenario names (default: every scenario file in the folder)", Arity = ArgumentArity.ZeroOrMore };
        var accept = new Option<bool>("--accept") { Description = "Make the states computed now the accepted snapshots (of the named scenarios, or all)" };
        var folderOption = ScenarioFolder.Option();
        var command = new Command("verify", "Check each scenario's state on its pinned days against the snapshots accepted in\n"
            + "scenarios/__snapshots__/NAME/. Replays into a scratch schema; never touches the replayed scenarios.\n\n"
            + "Example: ./ttpsim verify ttp-extends-ceasefire   (then, once the differences are read: --accept)")
        {
            names, accept, folderOption,
        };
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var folder = ScenarioFolder.From(parse, folderOption);
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"no scenarios folder at {folder}");
            }

            var output = parse.InvocationConfiguration.Output;
            var accepting = parse.GetValue(accept);
            var plan = VerifyPlan.Read(folder, parse.GetValue(names) ?? []);
            var verification = new ScenarioVerification(plan.Snapshots);
            var checks = await ProgressBar.RunAsync(output, "opening a scratch store", plan.Replayed.Count + plan.Verified.Count, async progress =>
            {
                await using var scratch = await ScratchStore.OpenAsync(cancellation);
                foreach (var scenario in plan.Replayed)
                {
                    progress.Describe($"replaying {scenario.Name}");
                    await scratch.Scenarios.ReplayAsync(scenario, cancellation);
                    progress.Advance();
                }

                var done = new List<ScenarioCheck>();
                foreach (var target in plan.Verified)
                {
                    progress.Describe($"computing the states of {target.Scenario.Name}");
                    done.Add(await verification.CheckAsync(target.Scenario, target.Base, target.Accepted, scratch.Scenarios, cancellation));
                    progress.Advance();
                }

                return done;
            });

            if (accepting)
            {
                foreach (var (check, target) in checks.Zip(plan.Verified))
                {
                    var accepted = verification.Accept(check, target.Received);
                    output.WriteLine($"{check.Scenario.Name}: accepted {Days(accepted.Days)} ({accepted.Changed} changed, {accepted.Added} new, {accepted.Removed} removed)");
                }

                return ExitCodes.Ok;
            }

            foreach (var (check, target) in checks.Zip(plan.Verified))
            {
                verification.RecordReceived(check, target.Received);
                Report(output, check, plan.Snapshots);
            }

            var failing = checks.Where(c => !c.Passes).Select(c => c.Scenario.Name).ToList();
            if (failing.Count == 0)
            {
                return ExitCodes.Ok;
            }

            parse.InvocationConfiguration.Error.WriteLine(
                $"ttpsim: {failing.Count} of {checks.Count} scenarios differ from their accepted snapshots; read the differences above, "
                + $"then accept them with ./ttpsim verify --accept {string.Join(' ', failing)}");
            return ExitCodes.SnapshotsDiffer;
        }));
        return command;
    }

    private static void Report(TextWriter output, ScenarioCheck check, SnapshotFolder snapshots)
    {
        var name = check.Scenario.Name;
        var failing = check.Days.Count(d => d.Outcome != DayOutcome.Matches);
        if (failing == 0)
        {
            output.WriteLine($"{name}: {Days(check.Days.Count)}, each as accepted");
            return;
        }

        output.WriteLine($"{name}: {failing} of {Days(check.Days.Count)} not as accepted (in {SnapshotFolder.Shown(snapshots.FolderOf(name))}/)");
        (DateOnly Day, List<string> Lines)? listed = null;
        foreach (var day in check.Days.Where(d => d.Outcome != DayOutcome.Matches))
        {
            var received = Path.GetFileName(snapshots.ReceivedFile(name, day.Day));
            switch (day.Outcome)
            {
                case DayOutcome.Missing:
                    output.WriteLine($"  {day.Day:yyyy-MM-dd}: no accepted snapshot; the state now is in {received}");
                    break;
                case DayOutcome.NoLongerPinned:
                    output.WriteLine($"  {day.Day:yyyy-MM-dd}: accepted, but no longer a pinned day (the history moved); --accept removes it");
                    break;
                default:
                    output.WriteLine($"  {day.Day:yyyy-MM-dd}: differs from the accepted snapshot; the state now is in {received}");
                    if (day.Differences.Count == 0)
                    {
                        output.WriteLine("    the same values, written differently (spacing, key order or escapes)");
                    }

                    var lines = day.Differences.Select(Line).ToList();
                    if (listed is { } earlier && lines.Count > 0 && lines.SequenceEqual(earlier.Lines))
                    {
                        // One moved event often differs the same way on every later day: said once, not ten times.
                        output.WriteLine($"    the same differences as on {earlier.Day:yyyy-MM-dd}");
                        break;
                    }

                    foreach (var line in lines.Take(DifferencesShown))
                    {
                        output.WriteLine($"    {line}");
                    }

                    if (lines.Count > DifferencesShown)
                    {
                        output.WriteLine($"    ... and {lines.Count - DifferencesShown} more");
                    }

                    listed = (day.Day, lines);
                    break;
            }
        }
    }

    /// <summary>One difference: the JSON path, and the accepted (expected) and computed (actual) values there.</summary>
    internal static string Line(Difference difference) =>
        $"{difference.Path}: expected {Value(difference.Path, difference.A)}, actual {Value(difference.Path, difference.B)}";

    private static string Value(string path, JsonNode? value)
    {
        // A null here is an item matched by id that one side lacks, or a key one side lacks, rather than a JSON null.
        return JsonValueText.Short(value, ValueWidth, missing: path.EndsWith(']') ? "absent" : "null");
    }

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";

    /// <summary>A scenario to verify: its base (for an alternative), its accepted snapshots and its received files from earlier runs.</summary>
    private sealed record Target(Scenario Scenario, Scenario? Base, IReadOnlyDictionary<DateOnly, AcceptedSnapshot> Accepted, IReadOnlySet<DateOnly> Received);

    /// <summary>
    /// Everything verify reads before it opens the store: the scenario files (each loaded and checked), the
    /// bases they need, and the snapshot folder (checked whole), so a fault anywhere stops it before it writes.
    /// </summary>
    private sealed record VerifyPlan(SnapshotFolder Snapshots, IReadOnlyList<Target> Verified, IReadOnlyList<Scenario> Replayed)
    {
        public static VerifyPlan Read(string folder, IReadOnlyList<string> named)
        {
            foreach (var name in named.Where(n => !ScenarioLoader.IsScenarioName(n)))
            {
                throw new UsageException($"'{name}' is not a scenario name: verify takes names (ttp-extends-ceasefire), looked up in {folder}");
            }

            foreach (var (name, files) in ScenarioFiles.Ambiguous(folder))
            {
                throw new UsageException(new AmbiguousScenarioFileException(name, folder, files).Message);
            }

            var present = ScenarioFiles.NamesIn(folder).ToHashSet(StringComparer.Ordinal);
            var snapshots = new SnapshotFolder(folder);
            snapshots.RequireEveryFolderToHaveItsScenario(present);

            var loader = new ScenarioLoader();
            var loaded = new Dictionary<string, Scenario>(StringComparer.Ordinal);
            Scenario Load(string name) => loaded.TryGetValue(name, out var known)
                ? known
                : loaded[name] = loader.LoadFile(ScenarioFolder.FileFor(name, folder));

            var verified = named.Count == 0 ? [.. present.Order(StringComparer.Ordinal)] : named.Distinct(StringComparer.Ordinal).ToList();
            var targets = new List<Target>();
            foreach (var name in verified)
            {
                var scenario = Load(name);
                var baseScenario = scenario.BasedOn is { } based ? Load(based) : null;
                var (accepted, received) = snapshots.Read(scenario);
                targets.Add(new Target(scenario, baseScenario, accepted, received));
            }

            return new VerifyPlan(snapshots, targets, [.. loaded.Values.OrderBy(s => s.Name, StringComparer.Ordinal)]);
        }
    }
}
