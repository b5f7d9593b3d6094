using System.Text.Json;
using System.Text.Json.Nodes;
using TtpSim.Scenarios.Schema;
using TtpSim.Testing;
using Xunit;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// The schema's event parts and the format docs' table of event types are written from the event types'
/// readers. When a type changes, these fail and leave the expected file beside the committed one as
/// *.received.*, for a person to read and move into place; a test never rewrites the committed file.
/// </summary>
public sealed class GeneratedFormatTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_committed_schema_has_the_event_parts_the_readers_give()
    {
        var path = Path.Combine(RepositoryPaths.Scenarios, "scenario.schema.json");
        var committed = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var expected = EventSchema.Regenerate(committed);
        if (!JsonNode.DeepEquals(committed, expected))
        {
            var received = Path.Combine(RepositoryPaths.Root, "scenarios", "scenario.schema.received.json");
            File.WriteAllText(received, expected.ToJsonString(Indented) + "\n");
            Assert.Fail($"scenarios/scenario.schema.json is stale: the schema the event types' readers give is in {received}; read it and move it into place");
        }
    }

    [Fact]
    public void The_format_docs_list_every_event_type_with_the_fields_its_reader_reads()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "scenario-format.md");
        var document = File.ReadAllText(path);
        var committed = EventFormatTable.Section(document);
        Assert.NotNull(committed);
        var expected = EventFormatTable.Markdown();
        if (committed != expected)
        {
            var received = Path.Combine(RepositoryPaths.Root, "docs", "scenario-format.received.md");
            File.WriteAllText(received, document.Replace(committed, expected, StringComparison.Ordinal));
            Assert.Fail($"docs/scenario-format.md lists other fields than the readers read: the current text is in {received}");
        }
    }
}
