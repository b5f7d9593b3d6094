using System.Text;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Tests;

/// <summary><c>pin:</c> names days for <c>./ttpsim verify</c>: whole days inside the scenario, each fault one located line.</summary>
public sealed class PinnedDatesTests
{
    /// <summary>A truce from 9 November to 9 December 2021 that lapses on 10 December: the scenario runs to 11 December.</summary>
    private const string Tiny = """
        scenario: tiny
        title: A tiny history
        actors:
          - { id: ttp, name: TTP, kind: militant }
        events:
          - id: truce
            type: CeasefireDeclared
            date: 2021-11-09
            ceasefire: nov
            declaredBy: ttp
            scope: ttp
            kind: agreed
            scheduledEnd: 2021-12-09

        """;

    private static Scenario Load(string pin) => new ScenarioLoader().LoadBytes(Encoding.UTF8.GetBytes(Tiny + pin), "tiny.yaml");

    private static ScenarioError Fails(string pin) => Assert.Throws<ScenarioException>(() => Load(pin)).Error;

    [Fact]
    public void Pinned_days_load_as_written_and_the_span_runs_to_the_day_after_the_last_event()
    {
        var scenario = Load("pin: [2021-12-11, 2021-11-09, 2021-11-20]\n");

        Assert.Equal(new[] { new DateOnly(2021, 12, 11), new DateOnly(2021, 11, 9), new DateOnly(2021, 11, 20) }, scenario.Pins.ToArray());
        Assert.Equal(new ScenarioSpan(new DateOnly(2021, 11, 9), new DateOnly(2021, 12, 11)), scenario.Span);
    }

    [Fact]
    public void An_event_on_the_calendars_last_day_ends_the_span_there()
    {
        var scenario = new ScenarioLoader().LoadBytes(Encoding.UTF8.GetBytes(Tiny.Replace("2021-11-09", "9999-12-31", StringComparison.Ordinal).Replace("scheduledEnd: 2021-12-09", "", StringComparison.Ordinal)), "tiny.yaml");
        Assert.Equal(DateOnly.MaxValue, scenario.Span.Last);
    }

    [Fact]
    public void Without_pin_nothing_is_pinned() => Assert.Empty(Load("").Pins);

    [Theory]
    [InlineData("pin: [2021-11-20, 2021-12-12]\n", 14, 19, "pin[1]", "2021-12-12 is outside the scenario (2021-11-09 to 2021-12-11)")]
    [InlineData("pin:\n  - 2021-11-08\n", 15, 5, "pin[0]", "2021-11-08 is outside the scenario")]
    [InlineData("pin: [2021-11]\n", 14, 7, "pin[0]", "'2021-11' must be a day (yyyy-mm-dd)")]
    [InlineData("pin: [2021-11-31]\n", 14, 7, "pin[0]", "2021-11-31")]
    [InlineData("pin: [2021-11-20, 2021-11-20]\n", 14, 19, "pin[1]", "2021-11-20 is pinned twice")]
    [InlineData("pin: [{ day: 2021-11-20 }]\n", 14, 7, "pin[0]", "must be a day, yyyy-mm-dd")]
    [InlineData("pin: 2021-11-20\n", 14, 6, "pin", "must be a list")]
    public void A_pin_that_is_no_day_inside_the_scenario_is_refused_at_its_place(string pin, int line, int column, string field, string words)
    {
        var error = Fails(pin);

        Assert.Equal(("tiny.yaml", line, column, field), (error.File, error.Line, error.Column, error.Field));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
