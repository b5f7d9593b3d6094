using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Simulation.Estimation;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// Reads a scenario's <c>simulation:</c> section. Every parameter states its basis and either cites a
/// declared source or says it is a judgement; a number with no stated basis is refused.
/// </summary>
internal static class SimulationReader
{
    /// <param name="horizon">Where the history's record ends: a simulation starts there or later, since before it the record speaks.</param>
    public static SimulationDefinition Read(MappingReader section, EventReading context, DateOnly? horizon)
    {
        var from = section.RequiredDate("from").Start;
        if (horizon is { } recordEnds && from < recordEnds)
        {
            throw section.Error("from", $"{from:yyyy-MM-dd} is before the record's horizon ({recordEnds:yyyy-MM-dd}, the last publication day of its sources): a simulation starts where the record ends");
        }

        var until = section.RequiredDate("until").End;
        if (until < from)
        {
            throw section.Error("until", $"{until:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})");
        }

        var actors = new EventContext(section, context.Actors, []);
        var militants = actors.Actor("militants");
        var government = actors.Actor("government");
        var parameters = section.Child(section.Node("parameters") ?? throw section.Error("parameters", "is required"), section.FieldPath("parameters"));
        var uncertainNodes = section.List("uncertain", required: false);
        section.RejectUnread();

        var read = new SimulationParameters(
            Parameter(parameters, context, "attacksPerMonthWithoutCeasefire", isProbability: false),
            Parameter(parameters, context, "attacksPerMonthWithCeasefire", isProbability: false),
            Parameter(parameters, context, "ceasefireBreakdownPerWeek", isProbability: true),
            Parameter(parameters, context, "talksSuspensionPerWeek", isProbability: true),
            Parameter(parameters, context, "talksResumptionPerWeek", isProbability: true),
            Parameter(parameters, context, "prisonerReleasePerWeekWhileTalking", isProbability: true),
            Parameter(parameters, context, "prisonersPerRelease", isProbability: false));
        parameters.RejectUnread();

        var uncertain = ImmutableArray.CreateBuilder<UncertainEvent>();
        for (var i = 0; i < uncertainNodes.Length; i++)
        {
            uncertain.Add(Uncertain(section.Child(uncertainNodes[i], section.FieldPath($"uncertain[{i}]")), context, from, until, i));
        }

        var ids = uncertain.GroupBy(u => u.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (ids is not null)
        {
            throw section.Error("uncertain", $"uncertain event id '{ids.Key}' is used twice");
        }

        return new SimulationDefinition(from, until, militants, government, read, uncertain.ToImmutable());
    }

    private static Parameter Parameter(MappingReader parameters, EventReading context, string key, bool isProbability)
    {
        var node = parameters.Node(key) ?? throw parameters.Error(key, "is required: a value with its basis (source and basis, or judgement)");
        var fields = parameters.Child(node, parameters.FieldPath(key));
        var estimate = fields.Node("estimate") is { } estimateNode ? Estimate(fields.Child(estimateNode, fields.FieldPath("estimate")), key) : null;
        if (estimate is not null && fields.Node("value") is not null)
        {
            throw fields.Error("value", "a parameter is typed (value) or estimated from the record (estimate), not both");
        }

        // An estimated parameter has no value until the record is read as known at the simulation's start.
        var value = estimate is null ? Number(fields, "value") : double.NaN;
        if (value < 0 || (isProbability && value > 1))
        {
            throw fields.Error("value", isProbability ? $"{value} is not a probability (0 to 1)" : $"{value} is negative");
        }

        var source = fields.Optional("source");
        var basis = fields.Optional("basis");
        var judgement = fields.Optional("judgement");
        fields.RejectUnread();
        if (source is not null && !context.Sources.ContainsKey(source))
        {
            throw fields.Error("source", $"source '{source}' is not declared under sources");
        }

        if (judgement is null && (source is null || basis is null))
        {
            throw fields.Error("basis", "a parameter cites a source and says how the value follows from it (source and basis), or says it is a judgement (judgement: why)");
        }

        return new Parameter(value, judgement ?? basis!, source, judgement is not null) { Estimate = estimate };
    }

    /// <summary>Which estimator can estimate which parameter: the one whose events measure it.</summary>
    private static EstimatorKind? EstimatorFor(string parameter) => parameter switch
    {
        "attacksPerMonthWithoutCeasefire" => EstimatorKind.MonthlyAttackClaims,
        "ceasefireBreakdownPerWeek" => EstimatorKind.TruceEnding,
        "talksSuspensionPerWeek" => EstimatorKind.TalksSuspension,
        "talksResumptionPerWeek" => EstimatorKind.TalksResumption,
        "prisonerReleasePerWeekWhileTalking" => EstimatorKind.ReleaseWhileTalking,
        _ => null,
    };

    private static EstimateDefinition Estimate(MappingReader fields, string parameter)
    {
        var estimator = fields.RequiredEnum<EstimatorKind>("estimator");
        if (EstimatorFor(parameter) is not { } fits)
        {
            throw fields.Error("estimator", $"no estimator measures {parameter}: give it a value with its basis");
        }

        if (estimator != fits)
        {
            throw fields.Error("estimator", $"{parameter} is estimated by {Camel(fits)}, not {Camel(estimator)}");
        }

        var reads = EstimateDefinition.Reads(estimator);
        var events = fields.StringList("events", required: true);
        if (!events.Order(StringComparer.Ordinal).SequenceEqual(reads.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw fields.Error("events", $"{Camel(estimator)} reads exactly these event types: [{string.Join(", ", reads)}]");
        }

        DateOnly? windowFrom = null, windowTo = null;
        if (fields.Node("window") is { } windowNode)
        {
            var window = fields.Child(windowNode, fields.FieldPath("window"));
            windowFrom = window.OptionalDate("from")?.Start;
            windowTo = window.OptionalDate("to")?.End;
            window.RejectUnread();
            if (windowFrom > windowTo)
            {
                throw window.Error("to", "is before from");
            }
        }

        var prior = fields.Child(fields.Node("prior") ?? throw fields.Error("prior", "is required: the conjugate prior, explained by the parameter's source and basis or judgement"), fields.FieldPath("prior"));
        var (first, second) = estimator == EstimatorKind.ReleaseWhileTalking ? ("alpha", "beta") : ("shape", "rate");
        var a = Number(prior, first);
        var b = Number(prior, second);
        prior.RejectUnread();
        if (a <= 0)
        {
            throw prior.Error(first, $"{a} is not positive");
        }

        if (b <= 0)
        {
            throw prior.Error(second, $"{b} is not positive");
        }

        fields.RejectUnread();
        return new EstimateDefinition(estimator, events, windowFrom, windowTo, a, b);
    }

    private static string Camel(EstimatorKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static UncertainEvent Uncertain(MappingReader fields, EventReading context, DateOnly from, DateOnly until, int index)
    {
        var id = fields.Required("id");
        var probability = Number(fields, "probability");
        if (probability is < 0 or > 1)
        {
            throw fields.Error("probability", $"{probability} is not a probability (0 to 1)");
        }

        var window = fields.Child(fields.Node("window") ?? throw fields.Error("window", "is required: { from: date, to: date }"), fields.FieldPath("window"));
        var windowFrom = window.RequiredDate("from").Start;
        var windowTo = window.RequiredDate("to").End;
        window.RejectUnread();
        if (windowTo < windowFrom)
        {
            throw window.Error("to", "is before from");
        }

        if (windowFrom < from || windowTo > until)
        {
            throw window.Error("from", $"the window must lie within the simulated period ({from:yyyy-MM-dd} to {until:yyyy-MM-dd})");
        }

        var when = fields.OptionalEnum<StateCondition>("when") ?? StateCondition.Always;
        var lasts = fields.OptionalCount("lastsDays");
        var eventNode = fields.Node("event") as YamlMapping ?? throw fields.Error("event", "is required: the event's type and fields (no id or date: they come from the draw)");
        fields.RejectUnread();

        // The template is read like any event, with this entry's id and the window's first day standing in for the drawn day.
        var template = new YamlMapping(eventNode.Place, [
            new YamlEntry(new YamlScalar(eventNode.Place, "id", false), new YamlScalar(eventNode.Place, id, true)),
            new YamlEntry(new YamlScalar(eventNode.Place, "date", false), new YamlScalar(eventNode.Place, windowFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), true)),
            .. eventNode.Entries]);
        var @event = EventReader.ReadEvent(context, fields.Child(template, fields.FieldPath("event")), 200_000 + index, defaultId: null);
        if (lasts is not null && @event is not (CeasefireDeclared or CeasefireExtended))
        {
            throw fields.Error("lastsDays", "applies only to a ceasefire declared or extended");
        }

        return new UncertainEvent(id, probability, windowFrom, windowTo, when, @event, lasts);
    }

    private static double Number(MappingReader fields, string key)
    {
        var text = fields.Required(key);
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw fields.Error(key, $"'{text}' is not a number");
    }
}
