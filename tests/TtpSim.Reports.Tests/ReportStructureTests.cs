using System.Text.RegularExpressions;
using System.Xml.Linq;
using TtpSim.Domain.Provenance;
using TtpSim.Reports.Html;

namespace TtpSim.Reports.Tests;

/// <summary>The report made from the shipped scenarios: every event drawn, the scenarios on one axis, nothing fetched.</summary>
public sealed partial class ReportStructureTests
{
    private static readonly RenderedReport Report = TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport));
    private static readonly ReportPage Page = new(Report.Html);

    [Fact]
    public void Every_event_of_every_scenario_is_drawn_once_in_its_own_block()
    {
        Assert.Equal(ShippedScenarios.All.Count, Page.Sections("scenario").Count());
        foreach (var scenario in ShippedScenarios.All)
        {
            var drawn = ReportPage.EventMarks(Page.Scenario(scenario.Name)).Select(g => (string)g.Attribute("data-event")!).Order(StringComparer.Ordinal);
            Assert.Equal(scenario.Events.Select(e => e.Meta.Id).Order(StringComparer.Ordinal), drawn);
        }

        Assert.Equal(ShippedScenarios.All.Sum(s => s.Events.Length), Report.Events);
    }

    [Fact]
    public void The_scenarios_are_stacked_in_the_order_given_on_one_time_axis()
    {
        var sections = Page.Sections("scenario").ToList();
        Assert.Equal(ShippedScenarios.All.Select(s => s.Name), sections.Select(s => (string)s.Attribute("data-scenario")!));
        var axis = ReportPage.Ticks(sections[0]).ToList();
        Assert.NotEmpty(axis);
        Assert.All(sections, s => Assert.Equal(axis, ReportPage.Ticks(s)));
    }

    [Fact]
    public void An_event_the_scenarios_share_sits_at_the_same_place_in_every_block()
    {
        var baseline = ReportPage.EventMarks(Page.Scenario("baseline-2021-22"))
            .ToDictionary(g => (string)g.Attribute("data-event")!, g => ((string)g.Attribute("data-date")!, ReportPage.Number(g, "data-x")));
        var compared = 0;
        foreach (var scenario in ShippedScenarios.All.Skip(1))
        {
            foreach (var mark in ReportPage.EventMarks(Page.Scenario(scenario.Name)))
            {
                if (baseline.TryGetValue((string)mark.Attribute("data-event")!, out var there) && there.Item1 == (string)mark.Attribute("data-date")!)
                {
                    Assert.Equal(there.Item2, ReportPage.Number(mark, "data-x"));
                    compared++;
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} shared events compared");
    }

    [Fact]
    public void Later_dates_lie_further_right()
    {
        var marks = ReportPage.EventMarks(Page.Scenario("baseline-2021-22"))
            .Select(g => (Date: HistoricalDate.Parse((string)g.Attribute("data-date")!).Start, X: ReportPage.Number(g, "data-x")))
            .OrderBy(m => m.Date)
            .ToList();
        Assert.All(marks.Zip(marks.Skip(1)), pair => Assert.True(pair.First.X <= pair.Second.X, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public void Every_mark_has_a_tooltip_with_the_event_its_date_precision_and_its_sources()
    {
        foreach (var scenario in ShippedScenarios.All)
        {
            var byId = scenario.Events.ToDictionary(e => e.Meta.Id);
            foreach (var mark in ReportPage.EventMarks(Page.Scenario(scenario.Name)))
            {
                var e = byId[(string)mark.Attribute("data-event")!];
                var tooltip = (string?)mark.Element("title");
                Assert.NotNull(tooltip);
                Assert.Contains(e.Describe(), tooltip, StringComparison.Ordinal);
                Assert.Contains($"Date: {e.Meta.Occurred}", tooltip, StringComparison.Ordinal);
                Assert.Contains(e.Meta.Occurred.Precision == DatePrecision.Day ? "(to the day)" : "known only to the", tooltip, StringComparison.Ordinal);
                Assert.All(e.Meta.Sources.IsDefault ? [] : e.Meta.Sources, s => Assert.Contains(s.File, tooltip, StringComparison.Ordinal));
                if (e.Meta.DerivedBy is { } derivation)
                {
                    Assert.Contains($"Inferred by the rule {derivation.Rule}", tooltip, StringComparison.Ordinal);
                }
                else if (scenario.Kind == Scenarios.Loading.ScenarioKind.Baseline)
                {
                    Assert.Contains("Sources:\n- ", tooltip, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_page_is_self_contained_and_opens_offline()
    {
        Assert.StartsWith("<!DOCTYPE html>", Report.Html, StringComparison.Ordinal);
        Assert.Empty(Page.Document.Descendants("script"));
        Assert.Empty(Page.Document.Descendants("link"));
        Assert.Empty(Page.Document.Descendants("img"));
        Assert.DoesNotContain(Page.Document.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.DoesNotMatch(ExternalReference(), Report.Html);
        Assert.Contains("utf-8", (string)Page.Document.Descendants("meta").First().Attribute("charset")!, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternative_shows_where_it_parts_and_what_it_lacks()
    {
        var section = Page.Scenario("ttp-extends-ceasefire");
        var parting = section.Descendants("g").Single(g => (string?)g.Attribute("class") == "parting");
        Assert.Equal("2021-11-09", (string?)parting.Attribute("data-date"));
        var absent = section.Descendants("g").Select(g => (string?)g.Attribute("data-absent-event")).OfType<string>().ToHashSet();
        Assert.Contains("ttp-ceasefire-ended-2021-12-09", absent);
        Assert.Contains("talks-fail-2021-12-09", absent);
        Assert.Contains("talks-resumed-2022-02", absent);
        var differing = ReportPage.EventMarks(section)
            .Where(g => ((string?)g.Attribute("class"))!.Contains("differs", StringComparison.Ordinal))
            .Select(g => (string?)g.Attribute("data-event"))
            .ToList();
        Assert.Contains("ttp-extends-ceasefire-2021-12-09", differing);
        Assert.Contains("polio-team-attack-2021-12-12--violates-ceasefire-ttp-2021-11", differing);
        Assert.Equal(
            ["talks-on-back-burner-2022-03", "ttp-extends-ceasefire-2021-12-09"],
            differing.Where(id => !id!.Contains("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Page.Scenario("baseline-2021-22").Descendants("g"), g => (string?)g.Attribute("class") == "parting");
    }

    [Fact]
    public void Ceasefires_are_bands_by_scope_and_attacks_are_sized_and_coloured_by_perpetrator()
    {
        var baseline = Page.Scenario("baseline-2021-22");
        var bands = baseline.Descendants("g").Where(g => ((string?)g.Attribute("class") ?? "").StartsWith("ceasefire-band", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ceasefire-hafiz-gul-bahadur-2021-10", "ceasefire-ttp-2021-11", "ceasefire-ttp-2022-05"], bands.Select(b => (string)b.Attribute("data-ceasefire")!).Order());
        Assert.Equal(2, bands.Select(b => (string)b.Attribute("data-scope")!).Distinct().Count());

        var attacks = ReportPage.EventMarks(baseline).Where(g => (string?)g.Attribute("data-type") == "AttackClaimed")
            .Select(g => g.Descendants("circle").FirstOrDefault(c => (string?)c.Attribute("class") == "attack"))
            .OfType<XElement>()
            .ToList();
        Assert.True(attacks.Select(c => (string)c.Attribute("fill")!).Distinct().Count() >= 2, "attacks by different perpetrators share a colour");
        Assert.True(attacks.Select(c => ReportPage.Number(c, "r")).Distinct().Count() >= 3, "attacks are not sized by their toll");
        Assert.Contains(ReportPage.EventMarks(baseline), g => g.Descendants("g").Any(w => (string?)w.Attribute("class") == "whisker"));
    }

    [Fact]
    public void The_decades_before_the_talks_are_a_compressed_strip_before_a_focus_window()
    {
        var scale = TimeScale.Fit([(new DateOnly(2004, 1, 1), new DateOnly(2004, 12, 31)), (new DateOnly(2021, 8, 1), new DateOnly(2021, 8, 31)), (new DateOnly(2022, 5, 18), new DateOnly(2022, 5, 18))], 100, 1100);

        Assert.True(scale.HasContext);
        Assert.Equal(new DateOnly(2004, 1, 1), scale.Start);
        Assert.Equal(new DateOnly(2021, 8, 1), scale.FocusStart);
        Assert.Equal(new DateOnly(2022, 5, 31), scale.End);
        Assert.Equal(100 + TimeScale.ContextWidth, scale.X(new DateOnly(2021, 7, 31)), 0.5);
        Assert.True(scale.X(new DateOnly(2022, 1, 1)) - scale.X(new DateOnly(2021, 12, 1)) > 20 * (scale.X(new DateOnly(2010, 1, 1)) - scale.X(new DateOnly(2009, 12, 1))));
    }

    [Fact]
    public void The_stated_page_size_is_the_sum_of_its_parts()
    {
        var heights = Page.Document.Descendants("svg").Sum(s => ReportPage.Number(s, "height"));
        Assert.Equal(Math.Ceiling(heights + ReportStyles.HeaderHeight), Report.Height);
        Assert.All(Page.Document.Descendants("svg"), s => Assert.Equal(TimelineReport.Width, ReportPage.Number(s, "width")));
    }

    [GeneratedRegex(@"https?://(?!www\.w3\.org/)|@import|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
