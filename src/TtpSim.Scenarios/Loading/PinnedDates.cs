using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>The file's own <c>pin:</c> list: whole days inside the scenario's span, for <c>./ttpsim verify</c>.</summary>
internal static class PinnedDates
{
    public static ImmutableArray<DateOnly> Read(MappingReader top, ImmutableArray<YamlNode> nodes, ScenarioSpan span)
    {
        var days = new List<DateOnly>();
        for (var i = 0; i < nodes.Length; i++)
        {
            var field = $"pin[{i}]";
            if (nodes[i] is not YamlScalar { IsNull: false } scalar)
            {
                throw top.Fail(nodes[i].Place, field, "must be a day, yyyy-mm-dd");
            }

            var text = scalar.Value.Trim();
            if (!HistoricalDate.TryParse(text, out var date, out var problem))
            {
                throw top.Fail(scalar.Place, field, problem);
            }

            if (date.Precision != DatePrecision.Day)
            {
                throw top.Fail(scalar.Place, field, $"'{text}' must be a day (yyyy-mm-dd): a state is pinned on one day");
            }

            if (!span.Contains(date.Start))
            {
                throw top.Fail(scalar.Place, field, $"{text} is outside the scenario ({span}); pin a day inside it");
            }

            if (days.Contains(date.Start))
            {
                throw top.Fail(scalar.Place, field, $"{text} is pinned twice");
            }

            days.Add(date.Start);
        }

        return [.. days];
    }
}
