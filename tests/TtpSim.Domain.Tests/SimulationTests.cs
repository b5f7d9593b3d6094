using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Snapshots;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

public class SimulationTests
{
    private static readonly DateOnly From = new(2022, 6, 1);
    private static readonly DateOnly Until = new(2022, 12, 31);

    private static readonly NegotiationEvent[] History =
    [
        new TalksOpened(Meta("talks", "2021-10-15"), [Government, Ttp], "Kabul", Secret: false),
        Ceasefire("may", "2022-05-18", "2022-05-30"),
    ];

    private static SimulationDefinition Definition(double attacksWithout = 31, double breakdown = 0.08, params UncertainEvent[] uncertain) => new(
        From,
        Until,
        Ttp,
        Government,
        new SimulationParameters(
            P(attacksWithout), P(3), P(breakdown), P(0.04), P(0.1), P(0.05), P(30)),
        [.. uncertain]);

    private static Parameter P(double value) => new(value, "test", null, IsJudgement: true);

    private static UncertainEvent Maybe(string id, double probability) => new(
        id, probability, From, new DateOnly(2022, 8, 31), StateCondition.Always,
        new PressureApplied(Meta(id, "2022-06-01"), Government, PressureKind.PublicCriticism, "a maybe"), null);

    private static string Json(SimulationSummary summary) => SnapshotJson.Serialize(summary);

    private static double Frequency(SimulationSummary summary, string id) => summary.UncertainEventFrequencies.Single(f => f.Id == id).Share;

    [Fact]
    public void The_same_seed_gives_byte_identical_output_whatever_the_number_of_cores()
    {
        var definition = Definition(uncertain: Maybe("maybe", 0.5));

        var oneCore = Simulator.Run("s", "test", History, definition, 500, seed: 42, Until, maxDegreeOfParallelism: 1);
        var allCores = Simulator.Run("s", "test", History, definition, 500, seed: 42, Until);
        var again = Simulator.Run("s", "test", History, definition, 500, seed: 42, Until);

        Assert.Equal(Json(oneCore), Json(allCores));
        Assert.Equal(Json(allCores), Json(again));
    }

    [Fact]
    public void A_different_seed_gives_different_draws()
    {
        var definition = Definition(uncertain: Maybe("maybe", 0.5));

        Assert.NotEqual(
            Json(Simulator.Run("s", "test", History, definition, 300, seed: 1, Until)),
            Json(Simulator.Run("s", "test", History, definition, 300, seed: 2, Until)));
    }

    [Fact]
    public void A_probability_of_one_always_fires_and_zero_never_does()
    {
        var summary = Simulator.Run("s", "test", History, Definition(uncertain: [Maybe("certain", 1), Maybe("impossible", 0)]), 2000, seed: 3, Until);

        Assert.Equal(1.0, Frequency(summary, "certain"));
        Assert.Equal(0.0, Frequency(summary, "impossible"));
    }

    [Fact]
    public void Over_ten_thousand_runs_a_0_3_event_fires_within_its_99_9_percent_binomial_interval()
    {
        const int Runs = 10_000;
        var summary = Simulator.Run("s", "test", History, Definition(uncertain: Maybe("three-in-ten", 0.3)), Runs, seed: 11, Until);

        // Normal approximation to the binomial: 0.3 +- 3.29 standard errors holds 99.9% of outcomes.
        var halfWidth = 3.29 * Math.Sqrt(0.3 * 0.7 / Runs);
        Assert.InRange(Frequency(summary, "three-in-ten"), 0.3 - halfWidth, 0.3 + halfWidth);
    }

    [Fact]
    public void With_the_default_rate_and_no_ceasefire_monthly_claims_centre_near_the_sources_figures()
    {
        var noCeasefire = History.Where(e => e is not CeasefireDeclared).ToArray();

        var summary = Simulator.Run("s", "test", noCeasefire, Definition(attacksWithout: 31), 2000, seed: 5, Until);

        // The sources: 32, 37 and 24 claimed attacks in August, September and October 2021 (mean 31).
        var settled = summary.Weeks.Where(w => w.Date >= From.AddDays(30)).ToList();
        Assert.All(settled, w => Assert.Equal(0, w.CeasefireInForce));
        Assert.InRange(settled.Average(w => w.AttacksPerMonth.Mean), 30, 32);
        Assert.InRange(settled.Average(w => w.AttacksPerMonth.P05), 20, 24);
        Assert.InRange(settled.Average(w => w.AttacksPerMonth.P95), 38, 42);
    }

    [Fact]
    public void The_rules_apply_in_simulation_as_in_replay_a_ceasefire_lapses_at_its_scheduled_end()
    {
        var truce = new UncertainEvent("truce", 1, From, From, StateCondition.NoCeasefireInForce,
            new CeasefireDeclared(Meta("truce", "2022-06-01"), "june", Ttp, Ttp, CeasefireKind.Agreed, null), LastsDays: 28);

        var summary = Simulator.Run("s", "test", History, Definition(breakdown: 0, uncertain: truce), 200, seed: 9, Until);

        Assert.Equal(1.0, summary.Weeks.Single(w => w.Date == new DateOnly(2022, 6, 28)).CeasefireInForce);
        Assert.Equal(0.0, summary.Weeks.Single(w => w.Date == new DateOnly(2022, 7, 5)).CeasefireInForce);
    }

    [Fact]
    public void A_ceasefire_lowers_the_attack_rate_to_its_own_parameter()
    {
        var truce = new UncertainEvent("truce", 1, From, From, StateCondition.Always,
            new CeasefireDeclared(Meta("truce", "2022-06-01"), "june", Ttp, Ttp, CeasefireKind.Agreed, null), LastsDays: 200);

        var summary = Simulator.Run("s", "test", History, Definition(breakdown: 0, uncertain: truce), 2000, seed: 13, Until);

        Assert.InRange(summary.Weeks.Single(w => w.Date == new DateOnly(2022, 9, 6)).AttacksPerMonth.Mean, 2, 4);
    }

    [Fact]
    public void Week_ends_cover_the_period_with_a_shorter_last_week() =>
        Assert.Equal(
            [new DateOnly(2022, 6, 7), new DateOnly(2022, 6, 14), new DateOnly(2022, 6, 16)],
            Simulator.WeekEnds(From, new DateOnly(2022, 6, 16)));
}
