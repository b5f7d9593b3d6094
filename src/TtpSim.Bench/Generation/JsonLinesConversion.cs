using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Bench.Generation;

/// <summary>
/// The generated YAML history as a <c>.jsonl</c> scenario with the same events: the header is the YAML before
/// <c>events:</c>, and each event, one flow mapping a line in the generated file, becomes one line. A plain
/// scalar is written as a JSON string: the loader reads text either way. Line by line, so the file is never held.
/// </summary>
public static class JsonLinesConversion
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GeneratedScenario Write(GeneratedScenario yaml, string folder)
    {
        var path = Path.Combine(folder, yaml.Name + ".jsonl");
        using (var reader = new StreamReader(yaml.Path, Encoding.UTF8))
        using (var output = File.Create(path))
        {
            var header = new StringBuilder();
            string? line;
            while ((line = reader.ReadLine()) is not null && line != "events:")
            {
                header.AppendLine(line);
            }

            WriteLine(output, YamlTreeReader.Read(header.ToString())!);
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.StartsWith("  - ", StringComparison.Ordinal))
                {
                    WriteLine(output, YamlTreeReader.Read(line[4..])!);
                }
            }
        }

        return yaml with { Path = path, FileBytes = new FileInfo(path).Length };
    }

    private static void WriteLine(Stream output, YamlNode node)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            Write(json, node);
        }

        output.WriteByte((byte)'\n');
    }

    private static void Write(Utf8JsonWriter json, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                json.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    json.WritePropertyName(entry.Key.Value);
                    Write(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case YamlSequence sequence:
                json.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case YamlScalar { IsNull: true }:
                json.WriteNullValue();
                break;
            case YamlScalar scalar:
                json.WriteStringValue(scalar.Value);
                break;
        }
    }
}
