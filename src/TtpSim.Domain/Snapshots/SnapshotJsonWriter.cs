using System.Buffers;
using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TtpSim.Domain.Snapshots;

/// <summary>
/// Writes a snapshot as <see cref="SnapshotJson.Serialize"/> writes it, byte for byte, by reflection over the
/// views' properties onto a <see cref="Utf8JsonWriter"/>, without System.Text.Json's serializer. Why: the serializer
/// builds generic metadata for each view and enum (<c>JsonPropertyInfo&lt;TalksStatus&gt;</c>...), framework generics
/// over TtpSim's types that ReadyToRun cannot compile ahead of time, about 1,000 methods JIT-compiled in a
/// <c>state</c> process that writes one snapshot and exits. This code is compiled ahead of time. Slower per object
/// than the serializer once warm, so only a command that writes one snapshot uses it.
/// <para>
/// It knows the views' shapes only: records of strings, integers, booleans, dates, enums, nested views, lists of
/// them and JSON nodes. Any other type throws <see cref="NotSupportedException"/> rather than being written
/// differently; a test holds its output equal to the serializer's for every shipped scenario.
/// </para>
/// </summary>
public static class SnapshotJsonWriter
{
    private static readonly Dictionary<Type, Member[]> Shapes = [];
    private static readonly Dictionary<Type, Dictionary<object, string>> EnumNames = [];
    private static readonly Lock Gate = new();

    public static string Serialize(StateSnapshot snapshot)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, SnapshotJson.WriterOptions))
        {
            Write(writer, snapshot, typeof(StateSnapshot));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value, Type declared)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                return;
            case int number:
                writer.WriteNumberValue(number);
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                return;
            case Enum:
                writer.WriteStringValue(EnumName(value.GetType(), value));
                return;
            case JsonNode node:
                node.WriteTo(writer, SnapshotJson.Options);
                return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            writer.WriteStartArray();
            foreach (var one in (IEnumerable)value)
            {
                Write(writer, one, item);
            }

            writer.WriteEndArray();
            return;
        }

        if (type.Namespace != typeof(StateSnapshot).Namespace || value.GetType() != type || type.IsValueType)
        {
            throw new NotSupportedException($"SnapshotJsonWriter does not write {value.GetType()} (declared {declared})");
        }

        writer.WriteStartObject();
        foreach (var member in ShapeOf(type))
        {
            writer.WritePropertyName(member.Name);
            Write(writer, member.Property.GetValue(value), member.Property.PropertyType);
        }

        writer.WriteEndObject();
    }

    private static Member[] ShapeOf(Type type)
    {
        lock (Gate)
        {
            if (!Shapes.TryGetValue(type, out var shape))
            {
                var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
                shape = new Member[properties.Length];
                for (var i = 0; i < properties.Length; i++)
                {
                    shape[i] = new Member(properties[i], JsonEncodedText.Encode(SnapshotJson.Options.PropertyNamingPolicy!.ConvertName(properties[i].Name), SnapshotJson.Options.Encoder));
                }

                Shapes[type] = shape;
            }

            return shape;
        }
    }

    /// <summary>The name JsonStringEnumConverter with the camelCase policy writes; a value without a name of its own throws.</summary>
    private static string EnumName(Type type, object value)
    {
        lock (Gate)
        {
            if (!EnumNames.TryGetValue(type, out var names))
            {
                names = [];
                foreach (var (word, named) in SnapshotJson.EnumNames(type))
                {
                    names[named] = word;
                }

                EnumNames[type] = names;
            }

            return names.TryGetValue(value, out var name)
                ? name
                : throw new NotSupportedException($"SnapshotJsonWriter does not write {type.Name} value {value}");
        }
    }

    private sealed record Member(PropertyInfo Property, JsonEncodedText Name);
}
