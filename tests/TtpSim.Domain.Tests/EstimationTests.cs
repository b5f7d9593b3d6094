using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Simulation.Estimation;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

public class EstimationTests
{
    private static EstimateDefinition Definition(EstimatorKind estimator, double a, double b, DateOnly? from = null) =>
        new(estimator, EstimateDefinition.Reads(estimator), from, null, a, b);

    private static EstimationContext Known(DateOnly asOf, params NegotiationEvent[] events) => EstimationContext.Of(events, asOf, Ttp, Government);

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static (double Mean, double Variance) Moments(Func<double> draw, int count)
    {
        var draws = Enumerable.Range(0, count).Select(_ => draw()).ToArray();
        var mean = draws.Average();
        return (mean, draws.Sum(d => (d - mean) * (d - mean)) / (count - 1));
    }

    [Theory]
    [InlineData(2.5, 4.0)]
    [InlineData(0.4, 1.0)]
    [InlineData(94, 3.1)]
    public void Gamma_draws_have_the_known_mean_and_variance(double shape, double rate)
    {
        var random = new SplitMix64(11);

        var (mean, variance) = Moments(() => random.Gamma(shape, rate), 200_000);

        Assert.Equal(shape / rate, mean, shape / rate * 0.01);
        Assert.Equal(shape / (rate * rate), variance, shape / (rate * rate) * 0.03);
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(1, 1)]
    [InlineData(0.5, 3)]
    public void Beta_draws_have_the_known_mean_and_variance(double alpha, double beta)
    {
        var random = new SplitMix64(5);
        var expectedMean = alpha / (alpha + beta);
        var expectedVariance = alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));

        var (mean, variance) = Moments(() => random.Beta(alpha, beta), 200_000);

        Assert.Equal(expectedMean, mean, 0.003);
        Assert.Equal(expectedVariance, variance, expectedVariance * 0.03);
    }

    [Fact]
    public void Monthly_attack_claims_count_only_whole_months_with_one_definite_figure_and_no_truce()
    {
        AttackClaimsReported Claims(string id, string month, int count, FigureBound bound = FigureBound.Exact) =>
            new(Meta(id, month), Ttp, new Estimate([new ReportedFigure(count, bound, "s", null)]), Verified: false);
        var context = Known(
            Day("2021-11-20"),
            Claims("aug", "2021-08", 10),
            Claims("sep", "2021-09", 20),
            Claims("oct", "2021-10", 30, FigureBound.AtLeast), // a bound is not a count
            Claims("nov", "2021-11", 5), // the month is not over on the day the record is read
            Claims("jul", "2021-07", 3),
            Ceasefire("faction", "2021-07-20", "2021-08-05", GulBahadur)); // July and August each had a truce for part of them

        var estimate = MonthlyAttackClaims.Estimate(Definition(EstimatorKind.MonthlyAttackClaims, 1, 0.5), context);

        Assert.Equal(new Posterior(PosteriorFamily.GammaRate, 21, 1.5), estimate.Posterior);
        Assert.Equal(20, estimate.Events);
        Assert.Equal(1, estimate.Exposure);
        Assert.Contains("left out, a truce in force for part of the month: 2021-07, 2021-08", estimate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Truce_lives_count_early_ends_as_events_censor_a_truce_at_its_scheduled_end_or_still_in_force_and_take_the_longest_life_an_uncertain_date_allows()
    {
        var context = Known(
            Day("2021-12-31"),
            Ceasefire("faction", "2021-01-01", "2021-01-14", GulBahadur), // lapses at its scheduled end: 14 days, censored
            Ceasefire("march", "2021-03-01", null),
            new CeasefireEnded(Meta("end-march", "2021-03-10/2021-03-20"), "march", Ttp, CeasefireEnding.NotExtended, null), // no schedule: 19 days at the longest, an event
            Ceasefire("june", "2021-06-01", "2021-06-30"),
            Ended("june", "2021-06-11"), // ended before its scheduled last day: 10 days, an event
            Ceasefire("august", "2021-08-01", "2021-08-10"),
            Ended("august", "2021-08-10"), // ended on its scheduled last day: 10 days, censored
            Ceasefire("december", "2021-12-18", null), // still in force: 14 days, censored
            new CeasefireDeclared(Meta("declare-secret", "2021-06-01", known: "2022-01-05"), "secret", Ttp, Ttp, CeasefireKind.Agreed, null)); // not yet known

        var estimate = TruceEnding.Estimate(Definition(EstimatorKind.TruceEnding, 1, 2), context);

        Assert.Equal(2, estimate.Events);
        Assert.Equal(Math.Round((14 + 19 + 10 + 10 + 14) / 7.0, 4), estimate.Exposure);
        Assert.Equal(PosteriorFamily.GammaWeeklyHazard, estimate.Posterior.Family);
        Assert.Equal(3, estimate.Posterior.A);
        Assert.Equal(2 + (67 / 7.0), estimate.Posterior.B, 1e-9);
        Assert.Contains("faction 14 days, reached its scheduled end (censored)", estimate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Talks_spells_give_the_suspension_and_the_resumption_hazards()
    {
        var events = new NegotiationEvent[]
        {
            new TalksOpened(Meta("open", "2021-01-04"), [Government, Ttp], "Kabul", Secret: false),
            new TalksSuspended(Meta("suspend", "2021-02-01"), null, "a break"),
            new TalksResumed(Meta("resume", "2021-03-01"), null),
        };
        var context = Known(Day("2021-03-29"), events);

        var suspension = TalksSpells.Estimate(Definition(EstimatorKind.TalksSuspension, 1, 1), context);
        var resumption = TalksSpells.Estimate(Definition(EstimatorKind.TalksResumption, 1, 1), context);

        // Under way 28 days then suspended (an event), and 29 days from the resumption to the day read (censored).
        Assert.Equal((1.0, Math.Round(57 / 7.0, 4)), (suspension.Events, suspension.Exposure));
        Assert.Equal(new Posterior(PosteriorFamily.GammaWeeklyHazard, 2, 1 + (57 / 7.0)), suspension.Posterior);
        Assert.Equal((1.0, 4.0), (resumption.Events, resumption.Exposure));
    }

    [Fact]
    public void Talks_spells_leave_an_uncertain_transition_out_of_both_the_spell_it_ends_and_the_spell_it_begins()
    {
        var events = new NegotiationEvent[]
        {
            new TalksOpened(Meta("open", "2021-01-04"), [Government, Ttp], "Kabul", Secret: false),
            new TalksSuspended(Meta("suspend", "2021-02-01/2021-02-14"), null, "a break"),
            new TalksResumed(Meta("resume", "2021-03-01"), null),
        };
        var context = Known(Day("2021-03-28"), events);

        var suspension = TalksSpells.Estimate(Definition(EstimatorKind.TalksSuspension, 1, 1), context);
        var resumption = TalksSpells.Estimate(Definition(EstimatorKind.TalksResumption, 1, 1), context);

        // Under way 4 January to 31 January (28 days, then the suspension: an event) and 1-28 March (28 days,
        // censored); suspended 14 February to 28 February (15 days, then the resumption). 1-13 February is neither.
        Assert.Equal((1.0, 8.0), (suspension.Events, suspension.Exposure));
        Assert.Equal((1.0, Math.Round(15 / 7.0, 4)), (resumption.Events, resumption.Exposure));
    }

    [Fact]
    public void Releases_count_per_settled_week_of_talks_and_a_release_dated_across_weeks_leaves_them_out()
    {
        var context = Known(
            Day("2021-01-28"),
            new TalksOpened(Meta("open", "2021-01-01"), [Government, Ttp], "Kabul", Secret: false),
            Released("batch", "2021-01-10", ReleaseBasis.Batch, 20),
            Released("spread", "2021-01-20/2021-01-23", ReleaseBasis.Batch, 10));

        var estimate = ReleaseWhileTalking.Estimate(Definition(EstimatorKind.ReleaseWhileTalking, 1, 1), context);

        // Weeks back from 28 January: 22-28 and 15-21 are overlapped by "spread" (left out); 8-14 has "batch"; 1-7 has none.
        Assert.Equal(new Posterior(PosteriorFamily.Beta, 2, 2), estimate.Posterior);
        Assert.Contains("2 more left out", estimate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_total_dated_to_one_day_is_not_a_release_in_its_week_and_leaves_the_week_out()
    {
        var context = Known(
            Day("2021-01-28"),
            new TalksOpened(Meta("open", "2021-01-01"), [Government, Ttp], "Kabul", Secret: false),
            Released("batch", "2021-01-10", ReleaseBasis.Batch, 20),
            Released("so-far", "2021-01-25", ReleaseBasis.Cumulative, 100));

        var estimate = ReleaseWhileTalking.Estimate(Definition(EstimatorKind.ReleaseWhileTalking, 1, 1), context);

        // 22-28 January holds only the running total (left out); 8-14 has "batch"; 15-21 and 1-7 have none.
        Assert.Equal(new Posterior(PosteriorFamily.Beta, 2, 3), estimate.Posterior);
        Assert.Contains("1 more left out", estimate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulation_with_estimates_draws_different_parameters_per_run_and_stays_byte_identical_for_a_seed()
    {
        var history = new NegotiationEvent[]
        {
            Ceasefire("a", "2022-01-01", null),
            Ended("a", "2022-01-29"),
            Ceasefire("b", "2022-03-01", null),
            Ended("b", "2022-03-15"),
        };
        var truce = new Parameter(double.NaN, "test", null, IsJudgement: true) { Estimate = Definition(EstimatorKind.TruceEnding, 1, 1) };
        Parameter Typed(double value) => new(value, "test", null, IsJudgement: true);
        var definition = new SimulationDefinition(
            new DateOnly(2022, 6, 1), new DateOnly(2022, 8, 31), Ttp, Government,
            new SimulationParameters(Typed(10), Typed(1), truce, Typed(0.05), Typed(0.1), Typed(0.1), Typed(5)),
            [new UncertainEvent("renewed", 1, new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 1), StateCondition.Always, Ceasefire("renewed", "2022-06-01", null), null)]);

        var oneCore = Snapshots.SnapshotJson.Serialize(Simulator.Run("s", "t", history, definition, 400, 9, definition.Until, maxDegreeOfParallelism: 1));
        var allCores = Snapshots.SnapshotJson.Serialize(Simulator.Run("s", "t", history, definition, 400, 9, definition.Until));
        var resolved = ParameterEstimation.Resolve(definition, history, definition.From).Parameters.CeasefireBreakdownPerWeek;

        Assert.Equal(oneCore, allCores);
        Assert.Equal(new Posterior(PosteriorFamily.GammaWeeklyHazard, 3, 1 + (42 / 7.0)), resolved.Estimated!.Posterior);
        var random = SplitMix64.ForRun(9, 0);
        var first = resolved.Draw(ref random);
        var second = resolved.Draw(ref random);
        Assert.NotEqual(first, second);
        Assert.InRange(first, 0, 1);
    }
}
