using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Writes a <see cref="TypeRef"/> as C# type syntax, every type as a <c>global::</c> name.</summary>
internal static class TypeNames
{
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";

    public static string Of(TypeRef type, string ns)
    {
        var name = type.Kind switch
        {
            TypeKind.Any => JsonElement,
            TypeKind.String => "string",
            TypeKind.Boolean => "bool",
            TypeKind.Int32 => "int",
            TypeKind.Int64 => "long",
            TypeKind.Single => "float",
            TypeKind.Double => "double",
            TypeKind.Decimal => "decimal",
            TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
            TypeKind.DateOnly => "global::System.DateOnly",
            TypeKind.Guid => "global::System.Guid",
            TypeKind.Uri => "global::System.Uri",
            TypeKind.Bytes => "byte[]",
            TypeKind.File => "(global::System.IO.Stream Content, string FileName)",
            TypeKind.Stream => "global::System.IO.Stream",
            TypeKind.Array => "global::System.Collections.Generic.IReadOnlyList<" + Of(type.Element!, ns) + ">",
            TypeKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Of(type.Element!, ns) + ">",
            TypeKind.Named => "global::" + ns + "." + type.Name,
            _ => JsonElement,
        };
        return type.IsNullable ? name + "?" : name;
    }

    /// <summary>The C# type of a property or parameter: nullable when JSON null is allowed or the value is optional.</summary>
    public static TypeRef ForMember(TypeRef type, bool isRequired) => type.WithNullable(type.IsNullable || !isRequired);
}
