using TtpSim.Domain.Events;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Tests;

/// <summary>basedOn: a derived history shares its base up to divergesFrom, then removes, replaces, shifts and adds.</summary>
public sealed class DerivedScenarioTests : IDisposable
{
    private const string Base = """
        scenario: base
        title: A base history
        actors:
          - { id: ttp, name: TTP, kind: militant }
          - { id: pakistan-government, name: Government of Pakistan, kind: state }
        events:
          - id: truce
            type: CeasefireDeclared
            date: 2021-11-09
            ceasefire: nov
            declaredBy: ttp
            scope: ttp
            kind: agreed
            scheduledEnd: 2021-12-09
          - id: truce-ends
            type: CeasefireEnded
            date: 2021-12-09
            ceasefire: nov
            how: notExtended
          - id: attack
            type: AttackClaimed
            date: 2021-12-12
            perpetrator: ttp
            location: somewhere
            target: a polio team
        """;

    private readonly ScenarioFolder folder = new();

    public DerivedScenarioTests() => folder.Write("base", Base);

    public void Dispose() => folder.Dispose();

    private Scenario Load(string name, string text) => new ScenarioLoader().LoadFile(folder.Write(name, text));

    private ScenarioError Fails(string name, string text)
    {
        var error = Assert.Throws<ScenarioException>(() => Load(name, text)).Error;
        Assert.DoesNotContain('\n', error.ToString());
        return error;
    }

    [Fact]
    public void A_derived_scenario_keeps_the_shared_history_and_applies_its_changes_in_order()
    {
        var derived = Load("extended", """
            scenario: extended
            title: Extended
            basedOn: base
            divergesFrom: 2021-12-09
            replace:
              - event: truce-ends
                with: { type: CeasefireExtended, date: 2021-12-09, ceasefire: nov, by: ttp, scheduledEnd: 2022-01-09 }
            shift:
              - { event: attack, to: 2021-12-20 }
            events:
              - { id: talks, type: TalksOpened, date: 2022-01-02, parties: [ttp], venue: Kabul }
            """);

        Assert.Equal("base", derived.BasedOn);
        Assert.Equal(["truce", "truce-ends", "attack", "talks"], derived.Events.Where(e => !e.Meta.IsDerived).Select(e => e.Meta.Id));
        Assert.Equal(["attack--violates-nov", "nov--lapsed"], derived.Events.Where(e => e.Meta.IsDerived).Select(e => e.Meta.Id));
        Assert.IsType<CeasefireExtended>(derived.Events[1]);
        Assert.Equal(1, derived.Events[1].Meta.Ordinal);
        Assert.Equal(new DateOnly(2021, 12, 20), derived.Events[2].Meta.Occurred.Start);
        Assert.Equal(new DateOnly(2021, 12, 20), derived.Events[2].Meta.KnownFrom);
        Assert.Equal([ChangeKind.Replaced, ChangeKind.Shifted, ChangeKind.Added], derived.Changes.Select(c => c.Kind));
        Assert.StartsWith("base.yaml:", derived.Origins["truce"], StringComparison.Ordinal);
        Assert.StartsWith("extended.yaml:", derived.Origins["talks"], StringComparison.Ordinal);
    }

    [Fact]
    public void Its_fingerprint_changes_when_the_base_changes()
    {
        const string Derived = "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nremove:\n  - event: attack\n";
        var before = Load("d", Derived).Fingerprint;
        folder.Write("base", Base.Replace("kind: agreed", "kind: unilateral", StringComparison.Ordinal));

        Assert.NotEqual(before, Load("d", Derived).Fingerprint);
    }

    [Fact]
    public void A_comment_changes_nothing_but_any_change_of_content_changes_the_fingerprint()
    {
        var original = Load("base", Base).Fingerprint;

        Assert.Equal(original, Load("base", Base + "\n# a remark\n").Fingerprint);
        Assert.NotEqual(original, Load("base", Base.Replace("A base history", "Another title", StringComparison.Ordinal)).Fingerprint);
    }

    [Fact]
    public void A_missing_base_is_named_with_a_suggestion() =>
        Assert.Contains("there is no scenario 'bsae'", Fails("d", "scenario: d\ntitle: D\nbasedOn: bsae\ndivergesFrom: 2021-12-09\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_basedOn_cycle_is_refused_and_named()
    {
        folder.Write("a", "scenario: a\ntitle: A\nbasedOn: b\ndivergesFrom: 2021-12-09\n");
        folder.Write("b", "scenario: b\ntitle: B\nbasedOn: a\ndivergesFrom: 2021-12-09\n");

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(Path.Combine(folder.Path, "a.yaml"))).Error;

        Assert.Equal("basedOn", error.Field);
        Assert.Contains("basedOn cycle: a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_based_on_itself_is_a_cycle() =>
        Assert.Contains("basedOn cycle: self -> self", Fails("self", "scenario: self\ntitle: S\nbasedOn: self\ndivergesFrom: 2021-12-09\n").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("../base")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/base")]
    public void A_base_given_as_a_path_is_refused_so_no_file_outside_the_folder_is_read(string basedOn)
    {
        var error = Fails("d", $"scenario: d\ntitle: D\nbasedOn: {basedOn}\ndivergesFrom: 2021-12-09\n");

        Assert.Equal(("basedOn", 3), (error.Field, error.Line));
        Assert.Contains("bases are named, never given as paths", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BasedOn_needs_divergesFrom() =>
        Assert.Equal("divergesFrom", Fails("d", "scenario: d\ntitle: D\nbasedOn: base\n").Field);

    [Fact]
    public void Changes_need_a_base() =>
        Assert.Contains("needs basedOn", Fails("d", "scenario: d\ntitle: D\nactors: []\nevents: []\nremove:\n  - event: attack\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Removing_an_event_the_base_does_not_have_names_it_with_a_suggestion()
    {
        var error = Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nremove:\n  - event: atack\n");

        Assert.Equal(("remove[0].event", 6, 12), (error.Field, error.Line, error.Column));
        Assert.Contains("did you mean 'attack'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_history_before_divergesFrom_cannot_be_changed()
    {
        var error = Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nremove:\n  - event: truce\n");

        Assert.Equal("remove[0].event", error.Field);
        Assert.Contains("before divergesFrom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_event_before_divergesFrom_is_refused() =>
        Assert.Equal("events[0].date", Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nevents:\n  - { id: x, type: TalksResumed, date: 2021-12-01 }\n").Field);

    [Fact]
    public void Shifting_before_divergesFrom_is_refused() =>
        Assert.Equal("shift[0].to", Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nshift:\n  - { event: attack, to: 2021-12-01 }\n").Field);

    [Fact]
    public void An_added_event_may_not_reuse_a_base_id() =>
        Assert.Contains("already used by the base", Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nevents:\n  - { id: attack, type: TalksResumed, date: 2021-12-20 }\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Changing_the_same_event_twice_is_refused() =>
        Assert.Contains("change an event once", Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\nremove:\n  - event: attack\nshift:\n  - { event: attack, to: 2021-12-30 }\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Removing_what_a_later_base_event_needs_fails_at_basedOn_naming_that_event()
    {
        var error = Fails("d", "scenario: d\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-11-01\nremove:\n  - event: truce\n");

        Assert.Equal("basedOn", error.Field);
        Assert.Contains("base event 'truce-ends' (base.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'nov' is not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_scenario_cannot_call_itself_a_baseline() =>
        Assert.Equal("kind", Fails("d", "scenario: d\nkind: baseline\ntitle: D\nbasedOn: base\ndivergesFrom: 2021-12-09\n").Field);
}
