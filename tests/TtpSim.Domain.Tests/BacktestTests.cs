using System.Collections.Immutable;
using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Simulation.Backtesting;
using TtpSim.Domain.Simulation.Estimation;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

public class BacktestTests
{
    private static readonly SourceCitation Source = new("s.txt", "Outlet", "Title", HistoricalDate.Parse("2021-12-31"), "a quote");

    private static Parameter Typed(double value) => new(value, "test", null, IsJudgement: true);

    private static Parameter Estimated(EstimatorKind estimator) =>
        new(double.NaN, "test", null, IsJudgement: true) { Estimate = new EstimateDefinition(estimator, EstimateDefinition.Reads(estimator), null, null, 1, 1) };

    private static SimulationDefinition Definition(Parameter suspension, Parameter resumption) => new(
        new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30), Ttp, Government,
        new SimulationParameters(Typed(0), Typed(0), Typed(0.1), suspension, resumption, Typed(0), Typed(1)),
        []);

    /// <summary>Talks that open, then are suspended for four weeks and resumed for four, over and over: a history whose hazards an estimate can capture.</summary>
    private static List<NegotiationEvent> Cycle()
    {
        var start = new DateOnly(2019, 1, 7);
        var events = new List<NegotiationEvent> { new TalksOpened(Meta("open", "2019-01-07") with { Sources = [Source] }, [Government, Ttp], "Kabul", Secret: false) };
        for (var (day, i) = (start.AddDays(28), 0); day <= new DateOnly(2021, 12, 31); day = day.AddDays(28), i++)
        {
            var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            events.Add(i % 2 == 0 ? new TalksSuspended(Meta($"suspend-{i}", date), null, "a break") : new TalksResumed(Meta($"resume-{i}", date), null));
        }

        return events;
    }

    private static List<DateOnly> Monthly(DateOnly first, DateOnly last)
    {
        var cutoffs = new List<DateOnly>();
        for (var day = first; day <= last; day = day.AddMonths(1))
        {
            cutoffs.Add(day);
        }

        return cutoffs;
    }

    [Fact]
    public void In_a_history_built_to_be_predictable_the_estimated_model_beats_persistence_and_a_model_that_cannot_move_does_not()
    {
        var history = Cycle();
        var cutoffs = Monthly(new DateOnly(2020, 1, 1), new DateOnly(2021, 9, 1));

        var estimated = Backtest.Run(history, Definition(Estimated(EstimatorKind.TalksSuspension), Estimated(EstimatorKind.TalksResumption)), cutoffs, weeks: 12, runs: 300, seed: 1);
        var frozen = Backtest.Run(history, Definition(Typed(0), Typed(0)), cutoffs, weeks: 12, runs: 300, seed: 1);

        var scores = estimated.TalksSuspended;
        Assert.Equal(cutoffs.Count * 12, scores.N);
        Assert.True(scores.Model < scores.Persistence * 0.75, $"model {scores.Model}, persistence {scores.Persistence}");
        Assert.Equal(frozen.TalksSuspended.Persistence, frozen.TalksSuspended.Model);
    }

    [Fact]
    public void The_same_seed_gives_the_same_backtest_byte_for_byte_whatever_the_number_of_cores()
    {
        var history = Cycle();
        var definition = Definition(Estimated(EstimatorKind.TalksSuspension), Estimated(EstimatorKind.TalksResumption));
        var cutoffs = Monthly(new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 1));

        var oneCore = JsonSerializer.Serialize(Backtest.Run(history, definition, cutoffs, 8, 200, seed: 4, maxDegreeOfParallelism: 1));
        var allCores = JsonSerializer.Serialize(Backtest.Run(history, definition, cutoffs, 8, 200, seed: 4));
        var otherSeed = JsonSerializer.Serialize(Backtest.Run(history, definition, cutoffs, 8, 200, seed: 5));

        Assert.Equal(oneCore, allCores);
        Assert.NotEqual(oneCore, otherSeed);
    }

    [Fact]
    public void Weeks_past_the_horizon_and_weeks_an_uncertain_date_leaves_open_are_not_scored()
    {
        var history = new List<NegotiationEvent>
        {
            new TalksOpened(Meta("open", "2021-01-04") with { Sources = [Source with { Published = HistoricalDate.Parse("2021-06-30") }] }, [Government, Ttp], "Kabul", Secret: false),
            new TalksSuspended(Meta("suspend", "2021-06-01/2021-06-20"), null, "some day in June"),
        };

        var result = Backtest.Run(history, Definition(Typed(0.1), Typed(0.1)), [new DateOnly(2021, 5, 17)], weeks: 8, runs: 50, seed: 1);

        // Week ends 23 and 30 May are settled (talks under way); 6 and 13 June fall inside the suspension's range;
        // by 20 and 27 June it has surely happened; 4 and 11 July are past the horizon.
        Assert.Equal((4, 4), (result.TalksSuspended.N, result.TalksSuspended.Unscored));
        Assert.Equal((6, 2), (result.CeasefireInForce.N, result.CeasefireInForce.Unscored));
    }

    [Fact]
    public void A_month_with_no_claimed_count_is_unknown_not_zero()
    {
        AttackClaimsReported Claims(string id, string month, int count) =>
            new(Meta(id, month) with { Sources = [Source] }, Ttp, Estimate.Single(count, "s.txt"), Verified: false);
        var history = new List<NegotiationEvent> { Claims("nov", "2020-11", 12), Claims("dec", "2020-12", 20), Claims("jan", "2021-01", 16) };
        var definition = Definition(Typed(0), Typed(0)) with
        {
            Parameters = Definition(Typed(0), Typed(0)).Parameters with { AttacksPerMonthWithoutCeasefire = Estimated(EstimatorKind.MonthlyAttackClaims) },
        };

        var result = Backtest.Run(history, definition, [new DateOnly(2021, 1, 1)], weeks: 9, runs: 500, seed: 1);

        // January (16 claimed) is scored; February, inside the forecast, has no count and is left out.
        var attacks = result.AttacksPerMonth;
        Assert.Equal((1, 1), (attacks.N, attacks.Unscored));
        Assert.Equal(4, attacks.Persistence); // December's 20 against January's 16
        Assert.Equal(ForecastScores.Crps([12, 20], 16), attacks.Climatology!.Value, 6);
    }

    [Fact]
    public void The_crps_of_an_ensemble_is_its_mean_absolute_error_less_half_its_mean_spread()
    {
        Assert.Equal(3, ForecastScores.Crps([5], 8), 12);
        Assert.Equal(2, ForecastScores.Crps([12, 20], 16), 12); // (4 + 4) / 2 − ½ · (0 + 8 + 8 + 0) / 4
        Assert.Equal(0.25, ForecastScores.Brier(0.5, happened: true));
    }

    [Fact]
    public void Default_cutoffs_run_monthly_from_the_first_truce_while_a_forecast_fits_before_the_horizon()
    {
        var history = ImmutableArray.Create<NegotiationEvent>(
            Ceasefire("first", "2021-02-10", "2021-02-20") with { Meta = Meta("declare-first", "2021-02-10") with { Sources = [Source with { Published = HistoricalDate.Parse("2021-08-01") }] } });

        var cutoffs = Backtest.DefaultCutoffs(history, Definition(Typed(0), Typed(0)), weeks: 8);

        Assert.Equal([new DateOnly(2021, 2, 10), new DateOnly(2021, 3, 10), new DateOnly(2021, 4, 10), new DateOnly(2021, 5, 10)], cutoffs.ToArray());
    }
}
