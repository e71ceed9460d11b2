using System.Globalization;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Builds the reflection-free JSON code for a <see cref="TypeRef"/>: an expression that reads a value from a
/// <c>Utf8JsonReader</c> positioned on it, and statements that write a value to a <c>Utf8JsonWriter</c>, as a
/// response carries it or, for a request, without <c>readOnly</c> properties (<see cref="RequestShapes"/>).
/// </summary>
internal sealed class JsonCode(string ns, string runtime, ICollection<string> requestShaped)
{
    /// <summary>The <c>global::</c> name of the spec's runtime helper class.</summary>
    public string Runtime => runtime;

    /// <summary>The namespace the spec's types are emitted in.</summary>
    public string Namespace => ns;

    public static JsonCode For(ClientSpec client) => new(
        client.Namespace,
        "global::" + client.Namespace + "." + client.RuntimeName,
        client.RequestShapedTypes.IsEmpty ? Array.Empty<string>() : new HashSet<string>(client.RequestShapedTypes, StringComparer.Ordinal));

    /// <summary>True when the named type has a request writer (<c>WriteRequestValue</c>) of its own.</summary>
    public bool IsRequestShaped(string typeName) => requestShaped.Contains(typeName);

    /// <summary>An expression of the C# type of <paramref name="type"/>, reading from <paramref name="reader"/>.</summary>
    public string Read(TypeRef type, string reader, int depth = 0)
    {
        if (type.IsNullable)
        {
            var nullable = TypeNames.Of(type, ns);
            return $"({reader}.TokenType == {TypeNames.TokenType}.Null ? ({nullable})null : {Read(type.WithNullable(false), reader, depth)})";
        }

        var next = "r" + (depth + 1).ToString(CultureInfo.InvariantCulture);
        return type.Kind switch
        {
            TypeKind.Any => $"{TypeNames.JsonElement}.ParseValue(ref {reader})",
            TypeKind.String => $"{runtime}.ReadString(ref {reader})",
            TypeKind.Boolean => $"{runtime}.ReadBoolean(ref {reader})",
            TypeKind.Int32 => $"{runtime}.ReadInt32(ref {reader})",
            TypeKind.Int64 => $"{runtime}.ReadInt64(ref {reader})",
            TypeKind.Single => $"{runtime}.ReadSingle(ref {reader})",
            TypeKind.Double => $"{runtime}.ReadDouble(ref {reader})",
            TypeKind.Decimal => $"{runtime}.ReadDecimal(ref {reader})",
            TypeKind.DateTimeOffset => $"{runtime}.ReadDateTimeOffset(ref {reader})",
            TypeKind.DateOnly => $"{runtime}.ReadDateOnly(ref {reader})",
            TypeKind.Guid => $"{runtime}.ReadGuid(ref {reader})",
            TypeKind.Uri => $"{runtime}.ReadUri(ref {reader})",
            TypeKind.Bytes => $"{runtime}.ReadBytes(ref {reader})",
            TypeKind.File => $"{runtime}.ReadFile(ref {reader})",
            TypeKind.Array => $"{runtime}.ReadList(ref {reader}, static (ref {TypeNames.Reader} {next}) => {Read(type.Element!, next, depth + 1)})",
            TypeKind.Map => $"{runtime}.ReadMap(ref {reader}, static (ref {TypeNames.Reader} {next}) => {Read(type.Element!, next, depth + 1)})",
            TypeKind.Named => $"global::{ns}.{type.Name}.JsonConverter.ReadValue(ref {reader})",
            _ => $"{TypeNames.JsonElement}.ParseValue(ref {reader})",
        };
    }

    /// <summary>
    /// A statement writing <paramref name="value"/> (of the C# type of <paramref name="type"/>); for a
    /// <paramref name="request"/>, request-shaped types are written by their <c>WriteRequestValue</c>.
    /// </summary>
    public string Write(TypeRef type, string writer, string value, int depth = 0, bool request = false)
    {
        var d = (depth + 1).ToString(CultureInfo.InvariantCulture);
        if (type.IsNullable)
        {
            var item = "v" + d;
            // A block of its own: a pattern variable of an if condition is in scope for the whole enclosing block.
            return $"{{ if ({value} is {{ }} {item}) {{ {Write(type.WithNullable(false), writer, item, depth + 1, request)} }} else {{ {writer}.WriteNullValue(); }} }}";
        }

        var w = "w" + d;
        var x = "x" + d;
        return type.Kind switch
        {
            TypeKind.Any => $"{value}.WriteTo({writer});",
            TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid => $"{writer}.WriteStringValue({value});",
            TypeKind.Boolean => $"{writer}.WriteBooleanValue({value});",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => $"{writer}.WriteNumberValue({value});",
            TypeKind.DateOnly => $"{writer}.WriteStringValue({value}.ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture));",
            TypeKind.Uri => $"{writer}.WriteStringValue({value}.OriginalString);",
            TypeKind.Bytes => $"{writer}.WriteBase64StringValue({value});",
            TypeKind.File => $"{writer}.WriteStringValue({value}.FileName);",
            TypeKind.Array => $"{runtime}.WriteList({writer}, {value}, static ({w}, {x}) => {{ {Write(type.Element!, w, x, depth + 1, request)} }});",
            TypeKind.Map => $"{runtime}.WriteMap({writer}, {value}, static ({w}, {x}) => {{ {Write(type.Element!, w, x, depth + 1, request)} }});",
            TypeKind.Named => $"global::{ns}.{type.Name}.JsonConverter.{(request && IsRequestShaped(type.Name!) ? "WriteRequestValue" : "WriteValue")}({writer}, {value});",
            _ => $"{value}.WriteTo({writer});",
        };
    }

    /// <summary>A UTF-8 string literal for a JSON property name.</summary>
    public static string Utf8(string text) => Literal(text) + "u8";

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text) =>
        Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
