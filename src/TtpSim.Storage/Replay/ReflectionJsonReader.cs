using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TtpSim.Storage.Replay;

/// <summary>
/// Reads the JSON Marten's serializer stores (camelCase members, enums as camelCase strings) into TtpSim's records
/// by reflection over their constructors and properties, as System.Text.Json reads it, without System.Text.Json's
/// serializer. Why: the serializer builds generic metadata for every type it meets (<c>JsonPropertyInfo&lt;DatePrecision&gt;</c>,
/// <c>EnumConverter&lt;TalksStatus&gt;</c>...), framework generics over TtpSim's types that ReadyToRun cannot compile
/// ahead of time, so a <c>state</c> process JIT-compiled about 1,700 methods to read one change point and its events.
/// Here the JSON is parsed by <see cref="JsonDocument"/> (not generic) and each object is made by calling its
/// constructor and setters through reflection: code that is compiled ahead of time. Per object it is slower than
/// the serializer with its emitted accessors, so only short reads use it (see <see cref="DirectReads"/>).
/// <para>
/// Stricter than the serializer: a member the type does not have, a value of another kind, an enum name the enum
/// does not have, or a type this reader does not know how to make all throw <see cref="JsonException"/> (the
/// exception the serializer throws for bad data, so callers treat both alike), never a quietly different object.
/// Members the type has but cannot set (computed properties the serializer writes, <see cref="JsonIgnoreAttribute"/>)
/// are skipped, as the serializer skips them.
/// </para>
/// </summary>
public static class ReflectionJsonReader
{
    private static readonly Dictionary<Type, Func<JsonElement, string, object?>> Readers = [];
    private static readonly Lock Gate = new();

    /// <summary>The object of type <paramref name="type"/> that <paramref name="json"/> holds.</summary>
    public static object? Read(Type type, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Value(type, document.RootElement, "$");
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or ArgumentException or TargetInvocationException)
        {
            // A constructor that refused its arguments, or a value the reflection calls could not pass: bad data, said as the serializer says it.
            throw new JsonException($"{type.Name}: {(e as TargetInvocationException)?.InnerException?.Message ?? e.Message} (ReflectionJsonReader)", e);
        }
    }

    private static object? Value(Type type, JsonElement element, string path) => ReaderFor(type)(element, path);

    private static Func<JsonElement, string, object?> ReaderFor(Type type)
    {
        lock (Gate)
        {
            if (Readers.TryGetValue(type, out var known))
            {
                return known;
            }
        }

        var made = MakeReader(type);
        lock (Gate)
        {
            Readers[type] = made;
        }

        return made;
    }

    private static Func<JsonElement, string, object?> MakeReader(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return (element, path) => element.ValueKind == JsonValueKind.Null ? null : Value(underlying, element, path);
        }

        if (type == typeof(string))
        {
            return (element, path) => element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Null => null,
                _ => throw Unexpected(element, path, "a string"),
            };
        }

        if (type == typeof(bool))
        {
            return (element, path) => element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Unexpected(element, path, "true or false"),
            };
        }

        if (type == typeof(int))
        {
            return (element, path) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) ? number : throw Unexpected(element, path, "a 32-bit integer");
        }

        if (type == typeof(long))
        {
            return (element, path) => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var number) ? number : throw Unexpected(element, path, "a 64-bit integer");
        }

        if (type == typeof(double))
        {
            return (element, path) => element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var number) ? number : throw Unexpected(element, path, "a number");
        }

        if (type == typeof(DateOnly))
        {
            return (element, path) => element.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw Unexpected(element, path, "a date (yyyy-MM-dd)");
        }

        if (type.IsEnum)
        {
            return EnumReader(type);
        }

        if (type.IsArray && type.GetElementType() is { } item)
        {
            return (element, path) => element.ValueKind == JsonValueKind.Null ? null : Items(item, element, path);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var itemType = type.GetGenericArguments()[0];
            if (definition == typeof(ImmutableArray<>))
            {
                var wrap = typeof(ImmutableCollectionsMarshal).GetMethod(nameof(ImmutableCollectionsMarshal.AsImmutableArray))!.MakeGenericMethod(itemType);
                return (element, path) => element.ValueKind == JsonValueKind.Null
                    ? throw Unexpected(element, path, "an array")
                    : wrap.Invoke(null, [Items(itemType, element, path)]);
            }

            if (definition == typeof(ImmutableList<>))
            {
                // An instance method of the empty list, not ImmutableList.CreateRange<T>: no generic method to instantiate.
                var empty = type.GetField(nameof(ImmutableList<>.Empty))!.GetValue(null)!;
                var addRange = type.GetMethod(nameof(ImmutableList<>.AddRange))!;
                return (element, path) => element.ValueKind == JsonValueKind.Null ? null : addRange.Invoke(empty, [Items(itemType, element, path)]);
            }

            if (Array.IndexOf(MadeAsLists, definition) >= 0)
            {
                // What the serializer makes for these: a List<T>.
                var list = typeof(List<>).MakeGenericType(itemType);
                return (element, path) =>
                {
                    if (element.ValueKind == JsonValueKind.Null)
                    {
                        return null;
                    }

                    var items = Items(itemType, element, path);
                    var made = (IList)Activator.CreateInstance(list, items.Length)!;
                    foreach (var one in items)
                    {
                        made.Add(one);
                    }

                    return made;
                };
            }
        }

        if (!IsTtpSimObject(type))
        {
            // Dictionaries, sets, other numbers, framework types: not stored by TtpSim today; a new one needs reading here first.
            return (_, path) => throw new JsonException($"{path}: no reading for {type} (ReflectionJsonReader)");
        }

        return new ObjectShape(type).Read;
    }

    /// <summary>
    /// The types reachable from <paramref name="roots"/> through the members this reader sets that it has no
    /// reading for: empty while every member of every stored type, present in the data or not, can be read.
    /// </summary>
    public static IReadOnlyList<Type> UnreadableTypesReachableFrom(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var unreadable = new List<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || Scalars.Contains(type) || type.IsEnum)
            {
                continue;
            }

            if ((Nullable.GetUnderlyingType(type) ?? ItemType(type)) is { } inner)
            {
                pending.Push(inner);
            }
            else if (!IsTtpSimObject(type))
            {
                unreadable.Add(type);
            }
            else
            {
                try
                {
                    foreach (var member in new ObjectShape(type).ReadTypes)
                    {
                        pending.Push(member);
                    }
                }
                catch (JsonException)
                {
                    unreadable.Add(type);
                }
            }
        }

        return unreadable;
    }

    private static readonly Type[] Scalars = [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(DateOnly)];

    /// <summary>The collection types the serializer makes a <see cref="List{T}"/> for.</summary>
    private static readonly Type[] MadeAsLists = [typeof(List<>), typeof(IReadOnlyList<>), typeof(IList<>), typeof(IEnumerable<>), typeof(IReadOnlyCollection<>)];

    /// <summary>Every collection type read here, as the reachable-type walk must know them.</summary>
    private static readonly Type[] Lists = [typeof(ImmutableArray<>), typeof(ImmutableList<>), .. MadeAsLists];

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && Array.IndexOf(Lists, type.GetGenericTypeDefinition()) >= 0 ? type.GetGenericArguments()[0]
        : null;

    /// <summary>One of TtpSim's records, classes or structs: made member by member.</summary>
    private static bool IsTtpSimObject(Type type) =>
        !type.IsPrimitive && !type.IsAbstract && !type.IsInterface && !typeof(IEnumerable).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("TtpSim.", StringComparison.Ordinal) == true;

    private static Array Items(Type item, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Unexpected(element, path, "an array");
        }

        var read = ReaderFor(item);
        var items = Array.CreateInstance(item, element.GetArrayLength());
        var index = 0;
        foreach (var one in element.EnumerateArray())
        {
            items.SetValue(read(one, $"{path}[{index}]"), index);
            index++;
        }

        return items;
    }

    private static Func<JsonElement, string, object?> EnumReader(Type type)
    {
        // The names the serializer writes (JsonStringEnumConverter with the camelCase policy); it reads them case-blind.
        var byName = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Domain.Snapshots.SnapshotJson.EnumNames(type))
        {
            byName[name] = value;
        }

        var flags = type.IsDefined(typeof(FlagsAttribute), inherit: false);
        return (element, path) =>
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw Unexpected(element, path, $"a name of {type.Name}");
            }

            var text = element.GetString()!;
            if (byName.TryGetValue(text, out var value))
            {
                return value;
            }

            if (flags && text.Contains(','))
            {
                ulong combined = 0;
                foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
                {
                    combined |= byName.TryGetValue(part, out var one) ? Convert.ToUInt64(one, CultureInfo.InvariantCulture) : throw Unexpected(element, path, $"names of {type.Name}");
                }

                return Enum.ToObject(type, combined);
            }

            throw Unexpected(element, path, $"a name of {type.Name}");
        };
    }

    private static JsonException Unexpected(JsonElement element, string path, string expected)
    {
        var found = element.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? element.ValueKind.ToString().ToLowerInvariant() : element.GetRawText();
        return new JsonException($"{path}: expected {expected}, found {found} (ReflectionJsonReader)");
    }

    /// <summary>
    /// How the serializer makes one of TtpSim's types: a class through its public parameterless constructor, or
    /// else its only public constructor, each parameter the member of its name; a struct through its default
    /// value. Then every other settable member present in the JSON is set; missing ones keep their defaults.
    /// </summary>
    private sealed class ObjectShape
    {
        private readonly Type type;
        private readonly ConstructorInfo? constructor;
        private readonly ParameterInfo[] parameters = [];
        private readonly Dictionary<string, Member> members = new(StringComparer.Ordinal);
        private readonly string[] required;

        /// <summary>The types of the members this shape reads (constructor parameters and settable properties).</summary>
        public IEnumerable<Type> ReadTypes =>
            parameters.Select(p => p.ParameterType).Concat(members.Values.Where(m => m.Settable).Select(m => m.Property.PropertyType));

        public ObjectShape(Type type)
        {
            this.type = type;
            if (!type.IsValueType)
            {
                var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
                constructor = constructors.SingleOrDefault(c => c.GetParameters().Length == 0)
                    ?? (constructors.Length == 1 ? constructors[0] : throw new JsonException($"{type}: no constructor the serializer would use (ReflectionJsonReader)"));
                parameters = constructor.GetParameters();
            }

            var requiredNames = new List<string>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var parameter = Array.FindIndex(parameters, p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                var ignored = property.IsDefined(typeof(JsonIgnoreAttribute), inherit: true);
                var settable = parameter < 0 && !ignored && property.SetMethod is { IsPublic: true };
                members[name] = new Member(property, parameter, settable);
                if (property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), inherit: true))
                {
                    requiredNames.Add(name);
                }
            }

            required = [.. requiredNames];
        }

        public object? Read(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Null && !type.IsValueType)
            {
                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Unexpected(element, path, $"an object ({type.Name})");
            }

            var arguments = new object?[parameters.Length];
            var given = new bool[parameters.Length];
            List<PropertyInfo>? toSet = null;
            List<object?>? values = null;
            foreach (var field in element.EnumerateObject())
            {
                if (!members.TryGetValue(field.Name, out var member))
                {
                    throw new JsonException($"{path}: {type.Name} has no member '{field.Name}' (ReflectionJsonReader)");
                }

                if (member.Parameter >= 0)
                {
                    arguments[member.Parameter] = Value(parameters[member.Parameter].ParameterType, field.Value, $"{path}.{field.Name}");
                    given[member.Parameter] = true;
                }
                else if (member.Settable)
                {
                    (toSet ??= []).Add(member.Property);
                    (values ??= []).Add(Value(member.Property.PropertyType, field.Value, $"{path}.{field.Name}"));
                }
            }

            foreach (var name in required)
            {
                if (!element.TryGetProperty(name, out _))
                {
                    throw new JsonException($"{path}: {type.Name} lacks its required member '{name}' (ReflectionJsonReader)");
                }
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                if (!given[i])
                {
                    arguments[i] = DefaultOf(parameters[i]);
                }
            }

            var made = constructor is null ? Activator.CreateInstance(type)! : constructor.Invoke(arguments);
            for (var i = 0; i < toSet?.Count; i++)
            {
                toSet[i].SetValue(made, values![i]);
            }

            return made;
        }

        private static object? DefaultOf(ParameterInfo parameter) =>
            parameter.HasDefaultValue && parameter.DefaultValue is not null
                ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;

        private sealed record Member(PropertyInfo Property, int Parameter, bool Settable);
    }
}
