using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// A what-if stays coherent: it cannot keep an event whose presupposition it removed or replaced, and the
/// decider refuses transitions the state cannot make. Each refusal is one located line naming the event.
/// </summary>
public sealed class CounterfactualCoherenceTests : IDisposable
{
    private const string Base = """
        scenario: base
        kind: baseline
        title: A base history
        actors:
          - { id: ttp, name: TTP, kind: militant }
          - { id: pakistan-government, name: Government of Pakistan, kind: state }
          - { id: ppp, name: PPP, kind: political }
        sources:
          - { file: a.txt, outlet: An outlet, title: A title, published: 2022-05-19 }
        events:
          - id: talks
            type: TalksOpened
            date: 2021-10
            sources: [{ file: a.txt, quote: "talks began" }]
            parties: [pakistan-government, ttp]
            venue: Kabul
          - id: release
            type: PrisonersReleased
            date: 2021-11
            sources: [{ file: a.txt, quote: "prisoners were freed" }]
            by: pakistan-government
            basis: batch
          - id: objection
            type: PressureApplied
            date: 2021-12-01
            sources: [{ file: a.txt, quote: "the PPP objected to the releases" }]
            by: ppp
            kind: oppositionObjection
            description: Objects to the releases.
            dependsOn: [release]
          - id: suspended
            type: TalksSuspended
            date: 2021-12-09
            sources: [{ file: a.txt, quote: "talks broke down" }]
            reason: broke down
          - id: resumed
            type: TalksResumed
            date: 2022-02
            sources: [{ file: a.txt, quote: "talks resumed" }]
            dependsOn: [suspended]
        """;

    private readonly ScenarioFolder folder = new();

    public CounterfactualCoherenceTests() => folder.Write("base", Base);

    public void Dispose() => folder.Dispose();

    private ScenarioError Fails(string name, string text)
    {
        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadFile(folder.Write(name, text))).Error;
        Assert.DoesNotContain('\n', error.ToString());
        return error;
    }

    [Fact]
    public void The_base_itself_is_coherent() => Assert.Equal(5, new ScenarioLoader().LoadFile(Path.Combine(folder.Path, "base.yaml")).Events.Length);

    [Fact]
    public void Removing_an_event_others_depend_on_is_refused_at_the_removal_naming_the_dependent()
    {
        var error = Fails("no-release", """
            scenario: no-release
            title: No release
            basedOn: base
            divergesFrom: 2021-11-01
            remove:
              - event: release
            """);

        Assert.Equal("no-release.yaml", error.File);
        Assert.Equal(6, error.Line);
        Assert.Equal("remove[0].event", error.Field);
        Assert.Contains("'objection'", error.Message, StringComparison.Ordinal);
        Assert.Contains("base.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacing_an_event_others_depend_on_is_refused_too()
    {
        var error = Fails("other-release", """
            scenario: other-release
            title: Another release
            basedOn: base
            divergesFrom: 2021-11-01
            replace:
              - event: release
                with: { id: withheld, type: PrisonersWithheld, date: 2021-11, by: pakistan-government, count: [{ value: 10 }], reason: held }
            """);

        Assert.Equal("replace[0].event", error.Field);
        Assert.Contains("'objection'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_the_dependent_as_well_makes_the_what_if_coherent()
    {
        var scenario = new ScenarioLoader().LoadFile(folder.Write("no-release", """
            scenario: no-release
            title: No release
            basedOn: base
            divergesFrom: 2021-11-01
            remove:
              - event: release
              - event: objection
            """));

        Assert.DoesNotContain(scenario.Events, e => e.Meta.Id is "release" or "objection");
    }

    [Fact]
    public void Talks_cannot_resume_that_were_never_suspended()
    {
        // Removing the suspension alone leaves its dependent; removing both is coherent. Here the
        // dependency is left out of the file, so the decider's own check is what refuses it.
        var error = Fails("never-suspended", """
            scenario: never-suspended
            title: Never suspended
            basedOn: base
            divergesFrom: 2021-12-09
            remove:
              - event: suspended
              - event: resumed
            events:
              - { id: resumed-anyway, type: TalksResumed, date: 2022-02-01 }
            """);

        Assert.Equal("events[0].type", error.Field);
        Assert.Contains("never suspended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ceasefire_cannot_be_extended_after_it_ended()
    {
        var error = Fails("late-extension", """
            scenario: late-extension
            title: Late extension
            basedOn: base
            divergesFrom: 2021-12-09
            events:
              - { id: truce, type: CeasefireDeclared, date: 2021-12-10, ceasefire: dec, declaredBy: ttp, scope: ttp, kind: unilateral, scheduledEnd: 2021-12-20 }
              - { id: extended, type: CeasefireExtended, date: 2022-01-05, ceasefire: dec, by: ttp, scheduledEnd: 2022-01-31 }
            """);

        Assert.Equal("events[1].ceasefire", error.Field);
        Assert.Contains("already ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_on_an_event_the_scenario_does_not_have_is_refused_at_its_place()
    {
        var error = Fails("dangling", """
            scenario: dangling
            title: Dangling
            basedOn: base
            divergesFrom: 2022-03-01
            events:
              - { id: later, type: TalksSuspended, date: 2022-03-05, reason: again, dependsOn: [no-such-event] }
            """);

        Assert.Equal("events[0].dependsOn[0]", error.Field);
        Assert.Contains("no-such-event", error.Message, StringComparison.Ordinal);
    }
}
