using System.Text.RegularExpressions;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

public partial class BaselineCitationTests
{
    private static readonly Scenario Baseline = new ScenarioLoader().LoadFile(RepositoryPaths.Baseline);

    [Fact]
    public void The_baseline_tells_the_whole_sequence_from_all_five_sources()
    {
        Assert.Equal(ScenarioKind.Baseline, Baseline.Kind);
        Assert.True(Baseline.Events.Count(e => !e.Meta.IsDerived) >= 40, $"only {Baseline.Events.Length} events");
        var cited = Baseline.Events.SelectMany(e => e.Meta.Sources).Select(s => s.File).Distinct().Order().ToList();
        var articles = Directory.GetFiles(RepositoryPaths.Sources, "0*.txt").Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.Equal(articles, cited);
    }

    [Fact]
    public void Every_baseline_event_cites_a_source_with_a_quote_that_is_in_the_article()
    {
        var articles = Directory.GetFiles(RepositoryPaths.Sources, "0*.txt")
            .ToDictionary(f => Path.GetFileName(f), f => Normalise(File.ReadAllText(f)));
        var problems = new List<string>();
        foreach (var @event in Baseline.Events.Where(e => !e.Meta.IsDerived))
        {
            if (@event.Meta.Sources.IsEmpty)
            {
                problems.Add($"{@event.Meta.Id}: no source");
            }

            foreach (var citation in @event.Meta.Sources)
            {
                if (!articles.TryGetValue(citation.File, out var text))
                {
                    problems.Add($"{@event.Meta.Id}: cites {citation.File}, which is not one of the articles");
                }
                else if (citation.Quote.Length < 10 || !text.Contains(Normalise(citation.Quote), StringComparison.Ordinal))
                {
                    problems.Add($"{@event.Meta.Id}: quote not found in {citation.File}: \"{citation.Quote}\"");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_check_of_quotes_would_catch_a_quote_the_article_does_not_contain()
    {
        var article = Normalise(File.ReadAllText(Path.Combine(RepositoryPaths.Sources, "000_6234cfc52baebb87.txt")));

        Assert.Contains(Normalise("The TTP has agreed to a month-long ceasefire starting from November 9."), article, StringComparison.Ordinal);
        Assert.DoesNotContain(Normalise("The TTP has agreed to a year-long ceasefire starting from November 9."), article, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sources_disagreements_are_kept_not_resolved()
    {
        var aps = Baseline.Events.OfType<AttackClaimed>().Single(a => a.Meta.Occurred.Start.Year == 2014);
        Assert.Equal([147, 148, 149], aps.Fatalities.Reports.Select(r => r.Value).Order());

        // 30 released (004) and "a total of 100" (a Taliban official, in 004) are different claims of
        // different things: a batch and a running total, each with its own source and voice.
        var may = Baseline.Events.OfType<PrisonersReleased>().Where(r => r.Meta.Occurred.Start is { Year: 2022, Month: 5 }).ToList();
        var batch = Assert.Single(may, r => r.Basis == ReleaseBasis.Batch);
        var total = Assert.Single(may, r => r.Basis == ReleaseBasis.Cumulative);
        Assert.Equal([30], batch.Count.Reports.Select(r => r.Value));
        Assert.Equal([100], total.Count.Reports.Select(r => r.Value));
        Assert.Equal((AssertionStatus.Claimed, "afghan-taliban"), (total.Meta.Assertion.Status, total.Meta.Assertion.By?.Id));
    }

    [Fact]
    public void Judgements_the_codebook_calls_near_misses_are_coded_no_stronger_than_their_quotes()
    {
        var byId = Baseline.Events.ToDictionary(e => e.Meta.Id);

        Assert.IsType<ConcessionSignalled>(byId["alvi-hints-amnesty-2021-09"]);
        Assert.IsType<TalksStalled>(byId["talks-on-back-burner-2022-03"]);
        Assert.IsType<TalksNeitherConfirmedNorDenied>(byId["ambassador-non-denial-2021-11-02"]);
        Assert.All(Baseline.Events.OfType<MediatorEngaged>(), m => Assert.NotEqual(ActorKind.Tribal, m.Mediator.Kind));
        Assert.Equal(2, Baseline.Events.OfType<EmissarySent>().Count(e => e.Emissary.Kind == ActorKind.Tribal && e.By.Id == "pakistan-government"));
        Assert.Equal(AssertionStatus.Alleged, byId["alleged-raids-during-truce"].Meta.Assertion.Status);
        Assert.Null(((TalksSuspended)byId["talks-fail-2021-12-09"]).By);
        Assert.DoesNotContain(Baseline.Events, e => e is DemandRejected { DemandId: "demand-close-ttp-sanctuaries-2021" or "demand-expel-ttp-fighters-2021" });
    }

    [Fact]
    public void No_event_is_dated_more_precisely_than_a_day_the_sources_give_and_ranges_end_by_the_last_publication()
    {
        var lastPublished = Baseline.Sources.Max(s => s.Published.End);

        Assert.All(Baseline.Events.Where(e => !e.Meta.IsDerived), e => Assert.True(e.Meta.Occurred.End <= lastPublished, $"{e.Meta.Id} ends {e.Meta.Occurred.End}"));
        Assert.Contains(Baseline.Events, e => e.Meta.Occurred.Precision == DatePrecision.Range);
    }

    [Fact]
    public void Monthly_claim_counts_are_unverified_aggregates_not_invented_attacks()
    {
        var counts = Baseline.Events.OfType<AttackClaimsReported>().ToDictionary(c => c.Meta.Occurred.ToString(), c => c.Count.Low);

        Assert.Equal(32, counts["2021-08"]);
        Assert.Equal(37, counts["2021-09"]);
        Assert.Equal(24, counts["2021-10"]);
        Assert.All(Baseline.Events.OfType<AttackClaimsReported>(), c => Assert.False(c.Verified));
    }

    [Fact]
    public void Secret_talks_became_known_after_they_happened()
    {
        var secret = Baseline.Events.OfType<TalksOpened>().Where(t => t.Secret).ToList();

        Assert.NotEmpty(secret);
        Assert.All(secret, t => Assert.True(t.Meta.KnownFrom > t.Meta.Occurred.End, $"{t.Meta.Id} known {t.Meta.KnownFrom}"));
    }

    /// <summary>Articles wrap and space text unevenly; a quote must match word for word, not space for space.</summary>
    private static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
