using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// Valid scenario files, broken at random (lines dropped, duplicated, swapped, re-indented; values and
/// bytes replaced, inserted or cut), must load as a valid scenario or fail with one
/// <see cref="ScenarioException"/> that names the file and a line and column inside it, never with any
/// other exception. CsCheck prints the seed and the shrunk mutations of a failing case, so it can be
/// re-run with <c>seed:</c>.
/// </summary>
public sealed partial class MutatedScenarioPropertyTests
{
    private const int Cases = 10_000;
    private const string Label = "mutant.yaml";

    /// <summary>The files mutated: a one-event file (cheap, so most cases reach deep validation) and the real baseline.</summary>
    private static readonly string[] Seeds =
    [
        """
        scenario: tiny
        title: A tiny history
        question: What if the ceasefire had been extended?
        actors:
          - { id: ttp, name: TTP, kind: militant }
          - { id: ttp-faction, name: A faction, kind: militant, partOf: ttp }
          - { id: pakistan-government, name: Government of Pakistan, kind: state }
          - { id: afghan-taliban, name: Afghan Taliban, kind: mediator }
        sources:
          - { file: a.txt, outlet: An outlet, title: An article, published: 2021-11 }
        events:
          - id: truce
            type: CeasefireDeclared
            date: 2021-11-09
            ceasefire: nov
            declaredBy: ttp
            scope: ttp
            kind: agreed
            scheduledEnd: 2021-12-09
            sources:
              - { file: a.txt, quote: "a truce" }
          - id: extended
            type: CeasefireExtended
            date: 2021-12-01
            ceasefire: nov
            by: ttp
            scheduledEnd: 2021-12-20
          - id: release
            type: PrisonersReleased
            date: 2021-11-20
            by: pakistan-government
            basis: batch
            count:
              - { value: 30, bound: atLeast }
            who: fighters
          - id: round
            type: TalksRoundHeld
            date: 2021-11-25
            venue: Kabul
            delegations:
              - { actor: ttp, ledBy: someone, size: 5 }
          - id: mediation
            type: MediatorEngaged
            date: 2021-11-26
            mediator: afghan-taliban
            between: [ttp, pakistan-government]
          - id: demand
            type: DemandTabled
            date: 2021-11-27
            demand: prisoners
            by: ttp
            on: pakistan-government
            subject: prisonerRelease
            text: release them
          - id: met
            type: DemandMet
            date: 2021-11-28
            demand: prisoners
            by: pakistan-government
          - id: ended
            type: CeasefireEnded
            date: 2021-12-20
            ceasefire: nov
            by: ttp
            how: notExtended
        """,
        File.ReadAllText(RepositoryPaths.Baseline),
    ];

    /// <summary>Values that have broken YAML readers and validators before: syntax, tags, anchors, numbers and dates at their limits.</summary>
    private static readonly string[] NastyValues =
    [
        "", "~", "null", "''", "\"", "'", "[", "]", "{", "}", "[]", "{}", "- x", ": x", "? x", "|", ">", "#", "%TAG ! tag:x,2000:",
        "---", "...", "&a x", "*a", "!!str x", "!x y", "!<tag:yaml.org,2002:int> 3", "!!binary aGVsbG8=", "!System.IO.FileInfo /etc/passwd",
        "-1", "0", "2147483647", "2147483648", "-2147483649", "99999999999999999999999", "1e9", "0x1F", ".inf", "NaN",
        "2021-02-29", "2021-13-01", "2021-00", "0000-01-01", "9999-12-31", "10000-01-01", "2021-1-1", "2021", "2021-11", "2021-11-09T10:00",
        "true", "yes", "no", "True", "TRUE", "ttp", "pakistan-government", "afghan-taliban", "nov", "prisoners", "a.txt", "../../etc/passwd",
        "CeasefireDeclared", "CeasefireEnded", "MediatorEngaged", "DemandMet", "agreed", "batch", "cumulative", "atLeast", "notExtended",
        "\t", " ", "\u00a0", "\u200b", "\ufeff", "é", "\u0000", "\u0007", "\ud83d\ude00", "\\u0000", "\"\\x00\"", "'unterminated", "\"unterminated",
        new string('a', 5000), new string('[', 200), new string('-', 100),
    ];

    private enum Change
    {
        DropLine,
        DuplicateLine,
        SwapLines,
        Reindent,
        ReplaceValue,
        ReplaceByte,
        InsertBytes,
        DeleteBytes,
        Truncate,
    }

    /// <summary>One change to a file; positions are taken modulo the file's length, so any numbers fit any file.</summary>
    private sealed record Mutation(Change Change, int First, int Second, string Value, byte[] Bytes)
    {
        public override string ToString() => Change switch
        {
            Change.ReplaceValue => $"{Change}(line {First}, {Shown(Value)})",
            Change.ReplaceByte or Change.InsertBytes => $"{Change}(at {First}, {Convert.ToHexString(Bytes)})",
            Change.Reindent => $"{Change}(line {First}, {Second % 9 - 4:+0;-0} spaces)",
            _ => $"{Change}({First}, {Second})",
        };

        private static string Shown(string value) => value.Length > 40 ? $"\"{value[..40]}\"… ({value.Length} chars)" : $"\"{value}\"";
    }

    private sealed record Case(int Seed, Mutation[] Mutations)
    {
        public override string ToString() => $"seed file {Seed}: {string.Join("; ", Mutations.Select(m => m.ToString()))}";
    }

    private static readonly Gen<string> Values = Gen.Frequency(
        (4, Gen.Int[0, NastyValues.Length - 1].Select(i => NastyValues[i])),
        (1, Gen.String[Gen.Char, 0, 12]),
        (1, Gen.String[Gen.Char["abc-:[]{}#&*!|>'\"\t \n"], 0, 8]));

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Enum<Change>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Values, Gen.Byte.Array[1, 4],
            (change, first, second, value, bytes) => new Mutation(change, first, second, value, bytes));

    /// <summary>Mostly the small file, whose cases cost a fraction of a millisecond; the baseline a fifth of the time.</summary>
    private static readonly Gen<Case> Mutants = Gen.Select(
        Gen.Frequency((4, Gen.Const(0)), (1, Gen.Const(1))),
        Mutations.Array[1, 4],
        (seed, mutations) => new Case(seed, mutations));

    [Fact]
    public void Every_seed_file_loads_unmutated()
    {
        foreach (var seed in Seeds)
        {
            var scenario = new ScenarioLoader().LoadBytes(Encoding.UTF8.GetBytes(seed), Label);
            Assert.NotEmpty(scenario.Events);
        }
    }

    [Fact]
    public void A_mutated_file_loads_as_a_valid_scenario_or_fails_with_one_located_error()
    {
        var loaded = 0;
        var refused = 0;
        Mutants.Sample(
            @case =>
            {
                var bytes = Apply(Seeds[@case.Seed], @case.Mutations);
                if (LoadsOrFailsWithALocatedError(bytes))
                {
                    Interlocked.Increment(ref loaded);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            },
            iter: Cases,
            print: c => c.ToString());

        Assert.Equal(Cases, loaded + refused);

        // Guards against mutations so destructive that nothing reaches the validators past the YAML reader.
        Assert.True(loaded > Cases / 100, $"only {loaded} of {Cases} mutants loaded");
    }

    /// <summary>True when the mutant loaded; false when it was refused with a proper error; throws for anything else.</summary>
    private static bool LoadsOrFailsWithALocatedError(byte[] bytes)
    {
        Scenario scenario;
        try
        {
            scenario = new ScenarioLoader().LoadBytes(bytes, Label);
        }
        catch (ScenarioException e)
        {
            var error = e.Error;
            var lines = CountLines(bytes);
            Assert.Equal(Label, error.File);
            Assert.InRange(error.Line, 1, lines + 1);
            Assert.True(error.Column >= 1, $"column {error.Column} in: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Message), "an error without a message");
            Assert.DoesNotContain('\n', error.ToString());
            return false;
        }

        Assert.Matches(NamePattern(), scenario.Name);
        Assert.Matches("^[0-9a-f]{64}$", scenario.Fingerprint);
        Assert.Equal(scenario.Events.Length, scenario.Events.Select(e => e.Meta.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(scenario.Events, e => Assert.Matches(NamePattern(), e.Meta.Id));

        // Whatever the loader accepts, the one fold must be able to fold.
        _ = Timeline.ChangePoints(scenario.Events).Count();
        return true;
    }

    /// <summary>Lines as YAML counts them: a line feed, a carriage return alone, or the pair each end one.</summary>
    private static int CountLines(byte[] bytes) =>
        bytes.Where((b, i) => b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'))).Count() + 1;

    private static byte[] Apply(string seed, IEnumerable<Mutation> mutations)
    {
        var bytes = Encoding.UTF8.GetBytes(seed);
        foreach (var mutation in mutations)
        {
            bytes = Apply(bytes, mutation);
        }

        return bytes;
    }

    private static byte[] Apply(byte[] bytes, Mutation mutation)
    {
        switch (mutation.Change)
        {
            case Change.ReplaceByte when bytes.Length > 0:
                {
                    var copy = (byte[])bytes.Clone();
                    copy[mutation.First % copy.Length] = mutation.Bytes[0];
                    return copy;
                }

            case Change.InsertBytes:
                {
                    var at = mutation.First % (bytes.Length + 1);
                    return [.. bytes[..at], .. mutation.Bytes, .. bytes[at..]];
                }

            case Change.DeleteBytes when bytes.Length > 0:
                {
                    var at = mutation.First % bytes.Length;
                    var end = Math.Min(bytes.Length, at + 1 + (mutation.Second % 16));
                    return [.. bytes[..at], .. bytes[end..]];
                }

            case Change.Truncate:
                return bytes[..(mutation.First % (bytes.Length + 1))];
        }

        // Line changes work on text; bytes broken by an earlier change come back as U+FFFD, which is still a change.
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var i = mutation.First % lines.Count;
        var j = mutation.Second % lines.Count;
        switch (mutation.Change)
        {
            case Change.DropLine:
                lines.RemoveAt(i);
                break;
            case Change.DuplicateLine:
                lines.Insert(i, lines[i]);
                break;
            case Change.SwapLines:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case Change.Reindent:
                {
                    var shift = mutation.Second % 9 - 4;
                    lines[i] = shift >= 0 ? new string(' ', shift) + lines[i] : lines[i][Math.Min(-shift, lines[i].Length - lines[i].TrimStart(' ').Length)..];
                    break;
                }

            case Change.ReplaceValue:
                lines[i] = ReplaceValue(lines[i], mutation.Value);
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Replaces what follows the line's first "key:" (or list dash) with <paramref name="value"/>.</summary>
    private static string ReplaceValue(string line, string value)
    {
        var match = ValueStart().Match(line);
        return match.Success ? line[..match.Length] + value : line + value;
    }

    [GeneratedRegex(@"^\s*(-\s+)?([A-Za-z]+:\s*)?")]
    private static partial Regex ValueStart();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
