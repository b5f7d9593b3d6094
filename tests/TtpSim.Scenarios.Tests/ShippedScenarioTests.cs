using System.Text.Json.Nodes;
using TtpSim.Domain.Events;
using TtpSim.Domain.Simulation.Estimation;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>Every scenario shipped in scenarios/ loads, and the JSON Schema editors use agrees with the loader.</summary>
public class ShippedScenarioTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "scenario.schema.json")))!;

    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_scenario_validates(string file)
    {
        var scenario = new ScenarioLoader().LoadFile(Path.Combine(RepositoryPaths.Scenarios, file));

        Assert.NotEmpty(scenario.Events);
        if (scenario.Kind == ScenarioKind.Alternative)
        {
            Assert.Equal("baseline-2021-22", scenario.BasedOn);
            Assert.False(string.IsNullOrWhiteSpace(scenario.Question), "an alternative says what question it asks");
            Assert.True(!scenario.Changes.IsEmpty || scenario.Simulation is not null, "an alternative changes its base or simulates its future");
        }
    }

    [Fact]
    public void Extending_the_ceasefire_turns_the_12_December_attack_into_an_inferred_violation()
    {
        var alternative = new ScenarioLoader().LoadFile(Path.Combine(RepositoryPaths.Scenarios, "ttp-extends-ceasefire.yaml"));
        var baseline = new ScenarioLoader().LoadFile(RepositoryPaths.Baseline);

        var violation = Assert.Single(alternative.Events.OfType<CeasefireViolated>(), v => v.Meta.IsDerived);
        Assert.Equal(["polio-team-attack-2021-12-12"], violation.Meta.DerivedBy!.From.ToArray());
        Assert.DoesNotContain(baseline.Events.OfType<CeasefireViolated>(), v => v.Meta.IsDerived);
    }

    [Fact]
    public void Every_simulation_parameter_in_a_shipped_file_cites_a_source_or_says_it_is_a_judgement()
    {
        var futures = new ScenarioLoader().LoadFile(Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"));
        var parameters = futures.Simulation!.Parameters;
        var all = new[]
        {
            parameters.AttacksPerMonthWithoutCeasefire, parameters.AttacksPerMonthWithCeasefire, parameters.CeasefireBreakdownPerWeek,
            parameters.TalksSuspensionPerWeek, parameters.TalksResumptionPerWeek, parameters.PrisonerReleasePerWeekWhileTalking, parameters.PrisonersPerRelease,
        };

        Assert.All(all, p => Assert.True(p.IsJudgement || p.Source is not null, p.Basis));
        Assert.Equal(3, parameters.AttacksPerMonthWithCeasefire.Value);
        Assert.Equal(EstimatorKind.MonthlyAttackClaims, parameters.AttacksPerMonthWithoutCeasefire.Estimate!.Estimator);
    }

    [Fact]
    public void The_attack_rate_is_estimated_from_the_claimed_monthly_counts_of_months_without_a_truce_known_when_the_simulation_starts()
    {
        var futures = new ScenarioLoader().LoadFile(Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"));

        var resolved = ParameterEstimation.Resolve(futures.Simulation!, futures.Events, futures.Simulation!.From).Parameters.AttacksPerMonthWithoutCeasefire;

        // Prior Gamma(1, 0.1); 32 + 37 = 69 claimed attacks in 2 months (000); October's 24 is left out, as a
        // faction's truce was in force from 1 to 20 October.
        Assert.Equal(new Posterior(PosteriorFamily.GammaRate, 70, 2.1), resolved.Estimated!.Posterior with { B = Math.Round(resolved.Estimated.Posterior.B, 6) });
        Assert.Equal(70 / 2.1, resolved.Value, 0.3);
    }

    [Theory]
    [InlineData("estimator: monthlyAttackClaims", "estimator: truceEnding", "simulation.parameters.attacksPerMonthWithoutCeasefire.estimate.estimator", "is estimated by monthlyAttackClaims, not truceEnding")]
    [InlineData("events: [AttackClaimsReported]", "events: [AttackClaimed]", "simulation.parameters.attacksPerMonthWithoutCeasefire.estimate.events", "reads exactly these event types: [AttackClaimsReported]")]
    [InlineData("prior: { shape: 1, rate: 0.1 }", "prior: { shape: 1, rate: 0 }", "simulation.parameters.attacksPerMonthWithoutCeasefire.estimate.prior.rate", "is not positive")]
    [InlineData("    attacksPerMonthWithoutCeasefire:\n      estimate:", "    attacksPerMonthWithoutCeasefire:\n      value: 31\n      estimate:", "simulation.parameters.attacksPerMonthWithoutCeasefire.value", "not both")]
    public void A_malformed_estimate_is_refused_naming_its_field(string original, string replacement, string field, string message)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"));
        Assert.Contains(original, text, StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadText(ReplaceFirst(text, original, replacement), "futures-after-may-2022.yaml", folder: RepositoryPaths.Scenarios)).Error;

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + original.Length)..];
    }

    [Fact]
    public void A_parameter_with_no_basis_is_refused()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"));
        var start = text.IndexOf("    attacksPerMonthWithCeasefire:", StringComparison.Ordinal);
        var end = text.IndexOf("    ceasefireBreakdownPerWeek:", StringComparison.Ordinal);
        var bare = text[..start] + "    attacksPerMonthWithCeasefire:\n      value: 3\n" + text[end..];

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadText(bare, "futures-after-may-2022.yaml", folder: RepositoryPaths.Scenarios)).Error;

        Assert.Equal("simulation.parameters.attacksPerMonthWithCeasefire.basis", error.Field);
    }

    [Fact]
    public void At_least_four_alternatives_to_the_baseline_are_shipped() =>
        Assert.True(Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml")
            .Select(f => new ScenarioLoader().LoadFile(f))
            .Count(s => s.BasedOn == "baseline-2021-22" && !s.Changes.IsEmpty) >= 4);

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_key_a_shipped_scenario_uses_is_one_the_schema_declares_there(string file)
    {
        var root = (YamlMapping)YamlTreeReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, file)))!;
        var undeclared = new List<string>();
        Expect(root, Schema["properties"]!.AsObject(), "", undeclared);
        foreach (var (list, path) in new[] { ("events", "events"), ("replace", "replace.with") })
        {
            foreach (var item in (root.Find(list)?.Value as YamlSequence)?.Items ?? [])
            {
                var @event = list == "events" ? (YamlMapping)item : (YamlMapping)((YamlMapping)item).Find("with")!.Value;
                var type = ((YamlScalar)@event.Find("type")!.Value).Value;
                Expect(@event, Schema["$defs"]!["events"]![type]!["properties"]!.AsObject(), $"{path}({type})", undeclared);
            }
        }

        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_schema_refuses_keys_it_does_not_declare_in_every_event_type()
    {
        Assert.False(Schema["additionalProperties"]!.GetValue<bool>());
        Assert.All(Schema["$defs"]!["events"]!.AsObject(), d => Assert.False(d.Value!["additionalProperties"]!.GetValue<bool>(), d.Key));
    }

    private static void Expect(YamlMapping mapping, JsonObject declared, string path, List<string> undeclared) =>
        undeclared.AddRange(mapping.Entries.Select(e => e.Key.Value).Where(k => !declared.ContainsKey(k)).Select(k => $"{path}.{k}"));

    [Fact]
    public void The_schema_names_exactly_the_event_types_the_loader_knows()
    {
        var inSchema = Schema["$defs"]!["events"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(EventTypes.All.Select(t => t.Name).Order(StringComparer.Ordinal), inSchema);
    }

    /// <summary>
    /// For every event type: an event with every field the schema allows loads; dropping any field the
    /// schema calls optional still loads; dropping a field it calls required fails naming that field.
    /// </summary>
    [Fact]
    public void The_schema_and_the_loader_agree_on_every_types_fields_and_which_are_required()
    {
        var problems = new List<string>();
        foreach (var (type, definition) in Schema["$defs"]!["events"]!.AsObject())
        {
            var fields = definition!["properties"]!.AsObject().Select(p => p.Key).Where(k => k is not ("id" or "type" or "date" or "known" or "sources" or "status" or "assertedBy")).ToList();
            var required = definition["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToHashSet();
            var properties = definition["properties"]!.AsObject();
            problems.AddRange(Check(type, fields, properties, drop: null, expectFailure: false));
            foreach (var field in fields)
            {
                problems.AddRange(Check(type, fields, properties, field, expectFailure: required.Contains(field)));
            }
        }

        Assert.Empty(problems);
    }

    private static List<string> Check(string type, List<string> fields, JsonObject properties, string? drop, bool expectFailure)
    {
        var lines = fields.Where(f => f != drop).Select(f => $"    {(f == "on" ? "\"on\"" : f)}: {SampleValue(type, f, properties[f]!.AsObject())}");
        var text = $"""
            scenario: sample
            title: Sample
            actors:
              - {"{"} id: ttp, name: TTP, kind: militant {"}"}
              - {"{"} id: pakistan-government, name: Government of Pakistan, kind: state {"}"}
            events:
              - {"{"} id: declare, type: CeasefireDeclared, date: 2021-11-01, ceasefire: c, declaredBy: ttp, scope: ttp, kind: agreed {"}"}
              - {"{"} id: table, type: DemandTabled, date: 2021-11-01, demand: d, by: ttp, "on": pakistan-government, subject: other, text: x {"}"}
              - {"{"} id: offer, type: AmnestyOffered, date: 2021-11-01, by: pakistan-government, to: ttp, terms: x {"}"}
              - {"{"} id: talks, type: {(type == nameof(TalksResumed) ? "TalksSuspended, reason: x" : "TalksOpened, parties: [ttp], venue: x")}, date: 2021-11-01 {"}"}
              - id: subject
                type: {type}
                date: 2021-11-20
            {string.Join("\n", lines)}
            """;
        try
        {
            new ScenarioLoader().LoadText(text, "sample.yaml");
            return expectFailure ? [$"{type}: loads without '{drop}', which the schema requires"] : [];
        }
        catch (ScenarioException e)
        {
            return expectFailure && e.Error.Field == $"events[4].{drop}" ? [] : [$"{type} without '{drop ?? "nothing"}': {e.Error}"];
        }
    }

    /// <summary>
    /// A value the field takes, read off its schema, so a new type or field needs no entry here; only
    /// references to what the sample file declares (a ceasefire, a demand, an event) are named.
    /// </summary>
    private static string SampleValue(string type, string field, JsonObject schema) => (type, field) switch
    {
        (_, "ceasefire") when type == nameof(CeasefireDeclared) => "another",
        (_, "ceasefire") => "c",
        (_, "demand") when type == nameof(DemandTabled) => "another",
        (_, "demand") => "d",
        (_, "dependsOn") => "[declare]",
        _ => FromSchema(schema),
    };

    private static string FromSchema(JsonObject schema) => schema switch
    {
        _ when schema["$ref"]?.GetValue<string>() == "#/$defs/actorId" => "ttp",
        _ when schema["enum"] is JsonArray words => words[0]!.GetValue<string>(),
        _ when schema["oneOf"] is not null => "2021-11",
        _ when schema["description"]?.GetValue<string>() == "yyyy-mm-dd" => "2021-12-31",
        _ when schema["type"] is JsonValue kind && kind.GetValue<string>() == "boolean" => "false",
        _ when schema["type"] is JsonValue kind && kind.GetValue<string>() == "integer" => "3",
        _ when schema["items"] is JsonObject items => items["$ref"]?.GetValue<string>() switch
        {
            "#/$defs/actorId" => "[ttp, pakistan-government]",
            "#/$defs/figure" => "[{ value: 3 }]",
            _ when items["properties"] is JsonObject fields =>
                "[{ " + string.Join(", ", fields.Select(f => $"{f.Key}: {FromSchema(f.Value!.AsObject())}")) + " }]",
            _ => "[Someone]",
        },
        _ => "some words",
    };

    [Fact]
    public void A_simulation_that_starts_before_the_records_horizon_is_refused_at_its_from()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"))
            .Replace("  from: 2022-06-01\n", "  from: 2022-05-01\n", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadText(text, "early.yaml", "futures-after-may-2022", RepositoryPaths.Scenarios)).Error;

        Assert.Equal(12, error.Line);
        Assert.Equal("simulation.from", error.Field);
        Assert.Contains("before the record's horizon (2022-05-19", error.Message, StringComparison.Ordinal);
    }
}
