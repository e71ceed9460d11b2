using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits the internal helper class every spec's generated code calls: JSON primitives, lists, maps, union probing,
/// and query-string building. One per spec, in the spec's namespace, so specs never share generated state.
/// </summary>
internal static class RuntimeEmitter
{
    public static string Emit(ClientSpec client)
    {
        var w = EmitHelpers.StartFile(client.Namespace);
        w.Line("/// <summary>Helpers for the code generated from the spec. Not meant to be called directly.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"internal static class {client.RuntimeName}");
        w.Lines(Body);
        w.Lines(ResponseBodyEmitter.RuntimeMembers);
        w.Close();
        return EmitHelpers.EndFile(w);
    }

    private const string Body = """
/// <summary>Reads a value from a reader positioned on it.</summary>
internal delegate T ReadFunc<T>(ref global::System.Text.Json.Utf8JsonReader reader);

internal static global::System.Text.Json.JsonException Unexpected(ref global::System.Text.Json.Utf8JsonReader reader, string expected) =>
    new global::System.Text.Json.JsonException("Expected " + expected + " but found " + reader.TokenType.ToString() + ".");

internal static void ExpectStartObject(ref global::System.Text.Json.Utf8JsonReader reader, string typeName)
{
    if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
    {
        throw Unexpected(ref reader, "a JSON object for " + typeName);
    }
}

internal static global::System.Text.Json.JsonException MissingProperty(string typeName, string property) =>
    new global::System.Text.Json.JsonException("The JSON object for " + typeName + " has no '" + property + "' property, which the spec requires.");

internal static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, "a string");

internal static bool ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader) => reader.TokenType switch
{
    global::System.Text.Json.JsonTokenType.True => true,
    global::System.Text.Json.JsonTokenType.False => false,
    _ => throw Unexpected(ref reader, "true or false"),
};

internal static int ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unexpected(ref reader, "a 32-bit integer");

internal static long ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Unexpected(ref reader, "a 64-bit integer");

internal static float ReadSingle(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetSingle(out var value) ? value : throw Unexpected(ref reader, "a number");

internal static double ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw Unexpected(ref reader, "a number");

internal static decimal ReadDecimal(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw Unexpected(ref reader, "a decimal number");

internal static global::System.DateTimeOffset ReadDateTimeOffset(ref global::System.Text.Json.Utf8JsonReader reader)
{
    if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
    {
        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        if (global::System.DateTimeOffset.TryParse(reader.GetString(), global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out value))
        {
            return value;
        }
    }

    throw Unexpected(ref reader, "a date-time string");
}

internal static global::System.DateOnly ReadDateOnly(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.String
        && global::System.DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var value)
        ? value
        : throw Unexpected(ref reader, "a date string (yyyy-MM-dd)");

internal static global::System.Guid ReadGuid(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw Unexpected(ref reader, "a UUID string");

internal static global::System.Uri ReadUri(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.String && global::System.Uri.TryCreate(reader.GetString(), global::System.UriKind.RelativeOrAbsolute, out var value) ? value : throw Unexpected(ref reader, "a URI string");

internal static byte[] ReadBytes(ref global::System.Text.Json.Utf8JsonReader reader) =>
    reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.TryGetBytesFromBase64(out var value) ? value : throw Unexpected(ref reader, "a base64 string");

/// <summary>A file named in JSON: its name, with an empty stream (files travel as multipart parts, not in JSON).</summary>
internal static (global::System.IO.Stream Content, string FileName) ReadFile(ref global::System.Text.Json.Utf8JsonReader reader) =>
    (global::System.IO.Stream.Null, ReadString(ref reader));

/// <summary>
/// The text of a form field or multipart part from the value's JSON: a string as it is, anything else as its JSON
/// text; an array gives one text per item.
/// </summary>
internal static global::System.Collections.Generic.IEnumerable<string> FormTexts(byte[] json)
{
    using var document = global::System.Text.Json.JsonDocument.Parse(json);
    var root = document.RootElement;
    var texts = new global::System.Collections.Generic.List<string>();
    if (root.ValueKind == global::System.Text.Json.JsonValueKind.Array)
    {
        foreach (var item in root.EnumerateArray())
        {
            texts.Add(Format(item));
        }
    }
    else
    {
        texts.Add(Format(root));
    }

    return texts;
}

internal static global::System.Collections.Generic.IReadOnlyList<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T> read)
{
    if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
    {
        throw Unexpected(ref reader, "an array");
    }

    var list = new global::System.Collections.Generic.List<T>();
    while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
    {
        list.Add(read(ref reader));
    }

    return list;
}

internal static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, ReadFunc<T> read)
{
    if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
    {
        throw Unexpected(ref reader, "an object");
    }

    var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
    while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
    {
        var key = reader.GetString()!;
        reader.Read();
        map[key] = read(ref reader);
    }

    return map;
}

internal static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<T> items, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
{
    writer.WriteStartArray();
    foreach (var item in items)
    {
        write(writer, item);
    }

    writer.WriteEndArray();
}

internal static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, T>> map, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
{
    writer.WriteStartObject();
    foreach (var pair in map)
    {
        writer.WritePropertyName(pair.Key);
        write(writer, pair.Value);
    }

    writer.WriteEndObject();
}

/// <summary>The string value of a top-level property of the object the reader is on, or null. Moves the reader: pass a copy.</summary>
internal static string? FindStringProperty(ref global::System.Text.Json.Utf8JsonReader reader, global::System.ReadOnlySpan<byte> name)
{
    if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
    {
        return null;
    }

    while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
    {
        var match = reader.ValueTextEquals(name);
        reader.Read();
        if (match)
        {
            return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
        }

        reader.Skip();
    }

    return null;
}

/// <summary>True when the element has the JSON kind (Undefined: any) and every required property.</summary>
/// <summary>
/// How well a JSON value fits a union case, or -1 when it cannot be one: the kind must match; an object must have
/// every required property and every constant with its value, and no undeclared property when the case is closed.
/// Constants weigh most, then required properties, then each declared property present.
/// </summary>
internal static int Score(global::System.Text.Json.JsonElement element, global::System.Text.Json.JsonValueKind kind, string[]? required, string[]? known, string[]? constantNames, string[]? constantValues, bool closed)
{
    var actual = element.ValueKind == global::System.Text.Json.JsonValueKind.False ? global::System.Text.Json.JsonValueKind.True : element.ValueKind;
    if (kind != global::System.Text.Json.JsonValueKind.Undefined && actual != kind)
    {
        return -1;
    }

    if (actual != global::System.Text.Json.JsonValueKind.Object)
    {
        return 0;
    }

    var score = 0;
    foreach (var property in required ?? global::System.Array.Empty<string>())
    {
        if (!element.TryGetProperty(property, out _))
        {
            return -1;
        }

        score += 2;
    }

    for (var i = 0; i < (constantNames?.Length ?? 0); i++)
    {
        if (!element.TryGetProperty(constantNames![i], out var value)
            || (value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText()) != constantValues![i])
        {
            return -1;
        }

        score += 8;
    }

    foreach (var member in element.EnumerateObject())
    {
        if (known is not null && global::System.Array.IndexOf(known, member.Name) >= 0)
        {
            score++;
        }
        else if (closed)
        {
            return -1;
        }
    }

    return score;
}

/// <summary>The indexes of the cases that fit (score 0 or more), best first; equal scores keep the spec's order.</summary>
internal static int[] Ranked(int[] scores)
{
    var indexes = new global::System.Collections.Generic.List<int>(scores.Length);
    for (var i = 0; i < scores.Length; i++)
    {
        if (scores[i] >= 0)
        {
            indexes.Add(i);
        }
    }

    indexes.Sort((left, right) => scores[left] != scores[right] ? scores[right].CompareTo(scores[left]) : left.CompareTo(right));
    return indexes.ToArray();
}

/// <summary>Reads the element as <typeparamref name="T"/>; false when it does not fit.</summary>
internal static bool TryRead<T>(global::System.Text.Json.JsonElement element, ReadFunc<T> read, out T value)
{
    var bytes = global::System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
    var reader = new global::System.Text.Json.Utf8JsonReader(bytes);
    try
    {
        reader.Read();
        value = read(ref reader);
        return true;
    }
    catch (global::System.Exception exception) when (exception is global::System.Text.Json.JsonException or global::System.InvalidOperationException or global::System.FormatException)
    {
        value = default!;
        return false;
    }
}

internal static T Deserialize<T>(byte[] body, ReadFunc<T> read)
{
    var reader = new global::System.Text.Json.Utf8JsonReader(body);
    if (!reader.Read())
    {
        throw new global::System.Text.Json.JsonException("The response has no JSON body.");
    }

    return read(ref reader);
}

/// <summary>Reads an error body; null when it is not the declared shape (the raw body is kept anyway).</summary>
internal static object? TryDeserialize<T>(byte[] body, ReadFunc<T> read)
{
    try
    {
        return Deserialize(body, read);
    }
    catch (global::System.Exception exception) when (exception is global::System.Text.Json.JsonException or global::System.InvalidOperationException or global::System.FormatException)
    {
        return null;
    }
}

internal static byte[] Serialize<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
{
    var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
    using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
    {
        write(writer, value);
    }

    return buffer.WrittenSpan.ToArray();
}

internal static void AppendQuery(global::System.Text.StringBuilder query, string name, string value)
{
    query.Append(query.Length == 0 ? '?' : '&');
    query.Append(global::System.Uri.EscapeDataString(name));
    query.Append('=');
    query.Append(global::System.Uri.EscapeDataString(value));
}

/// <summary>
/// Appends an object or map query parameter, given as JSON, by its style: 0 form exploded (<c>a=1&amp;b=2</c>),
/// 1 form (<c>p=a,1,b,2</c>), 2 deepObject (<c>p[a]=1&amp;p[b]=2</c>). Members that are null are left out; a member
/// that is itself an object or array is sent as its JSON text.
/// </summary>
internal static void AppendObjectQuery(global::System.Text.StringBuilder query, string name, byte[] json, int style)
{
    using var document = global::System.Text.Json.JsonDocument.Parse(json);
    var root = document.RootElement;
    if (root.ValueKind != global::System.Text.Json.JsonValueKind.Object)
    {
        AppendQuery(query, name, Format(root));
        return;
    }

    var first = true;
    foreach (var member in root.EnumerateObject())
    {
        if (member.Value.ValueKind == global::System.Text.Json.JsonValueKind.Null)
        {
            continue;
        }

        var value = global::System.Uri.EscapeDataString(Format(member.Value));
        var key = global::System.Uri.EscapeDataString(member.Name);
        if (style == 1)
        {
            query.Append(first ? (query.Length == 0 ? "?" : "&") + global::System.Uri.EscapeDataString(name) + "=" : ",");
            query.Append(key).Append(',').Append(value);
        }
        else
        {
            query.Append(query.Length == 0 ? '?' : '&');
            query.Append(style == 2 ? global::System.Uri.EscapeDataString(name) + "[" + key + "]" : key);
            query.Append('=').Append(value);
        }

        first = false;
    }
}

internal static string Format(bool value) => value ? "true" : "false";

internal static string Format(int value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(float value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(double value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(decimal value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(global::System.DateTimeOffset value) => value.ToString("O", global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(global::System.DateOnly value) => value.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(global::System.Guid value) => value.ToString("D", global::System.Globalization.CultureInfo.InvariantCulture);

internal static string Format(global::System.Uri value) => value.OriginalString;

internal static string Format(string value) => value;

internal static string Format(global::System.Text.Json.JsonElement value) =>
    value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();
""";
}
