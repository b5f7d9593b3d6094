using System.Text.Json;
using System.Text.Json.Serialization;

namespace TtpSim.Domain.Snapshots;

/// <summary>
/// The JSON form of snapshots that other tools read: camelCase names, enums as camelCase words,
/// dates as yyyy-mm-dd, absent values as null (never left out, so every contract key is present).
/// </summary>
public static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// A <see cref="Utf8JsonWriter"/>'s options that lay JSON out as <see cref="Options"/> does (encoder, indentation, depth),
    /// for code that writes through its own writer and must give the serializer's bytes.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        NewLine = Options.NewLine,
        MaxDepth = Options.MaxDepth,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// Each named value of an enum with the word <see cref="JsonStringEnumConverter"/> writes for it under the camelCase
    /// policy, as TtpSim writes enums everywhere (snapshots and stored JSON): for code that reads or writes them without the serializer.
    /// </summary>
    public static IEnumerable<(string Name, object Value)> EnumNames(Type enumType) =>
        enumType.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => (JsonNamingPolicy.CamelCase.ConvertName(field.Name), field.GetValue(null)!));
}
