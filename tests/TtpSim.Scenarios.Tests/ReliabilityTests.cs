using TtpSim.Scenarios.Reliability;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>The agreement figures the codebook publishes are computed from the committed codings, never typed by hand.</summary>
public sealed class ReliabilityTests
{
    private static string Reliability(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "reliability", file));

    [Fact]
    public void Alpha_is_one_for_perfect_agreement_and_below_zero_for_systematic_disagreement()
    {
        Assert.Equal(1.0, KrippendorffAlpha.Nominal([("a", "a"), ("b", "b"), ("c", "c")]));
        Assert.True(KrippendorffAlpha.Nominal([("a", "b"), ("b", "a")]) < 0);
        Assert.Null(KrippendorffAlpha.Nominal([("a", "a"), ("a", "a")]));
    }

    [Fact]
    public void Alpha_matches_a_hand_computed_coincidence_matrix()
    {
        // Values a: 5, b: 3 of n = 8; one disagreeing unit counts twice: 1 - 2 / ((64 - 25 - 9) / 7) = 1 - 7/15.
        var alpha = KrippendorffAlpha.Nominal([("a", "a"), ("a", "a"), ("b", "b"), ("a", "b")]);

        Assert.Equal(8.0 / 15.0, alpha!.Value, precision: 12);
    }

    [Fact]
    public void A_comparison_counts_matched_and_unmatched_acts_and_each_fields_agreement()
    {
        const string first = """
            events:
              - { id: a1, type: CeasefireDeclared, date: 2021-11-09, declaredBy: ttp, count: [{ value: 3, file: x }] }
              - { id: a2, type: TalksStalled, date: 2022-03 }
              - { id: a3, type: TalksOpened, date: 2021-10 }
            """;
        const string second = """
            events:
              - { id: b1, type: CeasefireDeclared, date: 2021-11-09, declaredBy: ttp, count: [{ value: 3, file: x }] }
              - { id: b2, type: TalksSuspended, date: { from: 2022-03-01, to: 2022-03-31 }, status: claimed, assertedBy: ttp }
            """;
        const string matching = """
            pairs:
              - { first: a1, second: b1 }
              - { first: a2, second: b2 }
            onlyInFirst: [a3]
            onlyInSecond: []
            """;

        var comparison = CodingComparison.Compare(first, second, matching);

        Assert.Equal((2, 1, 0), (comparison.Matched, comparison.OnlyFirst, comparison.OnlySecond));
        Assert.Equal(0.8, comparison.Identification, precision: 12);
        var type = comparison.Fields.Single(f => f.Field == "type");
        Assert.Equal((2, 1), (type.Units, type.Agreed));
        Assert.Equal(1, comparison.Fields.Single(f => f.Field == "figures").Units);
        Assert.Equal(0, comparison.Fields.Single(f => f.Field == "date precision").Agreed - 1);
        Assert.Equal(1, comparison.Fields.Single(f => f.Field == "status").Agreed);
    }

    [Fact]
    public void The_codebook_publishes_the_agreement_the_committed_codings_give()
    {
        var table = CodingComparison.Compare(Reliability("first-coding.yaml"), Reliability("second-coding.yaml"), Reliability("matching.yaml")).Table();
        var codebook = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "codebook.md"));

        Assert.Contains(table, codebook, StringComparison.Ordinal);
    }
}
