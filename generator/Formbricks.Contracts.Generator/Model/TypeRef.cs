using Formbricks.Contracts.Generator.Common;

namespace Formbricks.Contracts.Generator.Model;

/// <summary>The shape of a value as C# sees it.</summary>
internal enum TypeKind
{
    /// <summary>Anything: kept as a <c>System.Text.Json.JsonElement</c>.</summary>
    Any,
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    Guid,
    Uri,
    Bytes,

    /// <summary>
    /// A file (<c>format: binary</c>): <c>(Stream Content, string FileName)</c>, sent as a file part of a multipart
    /// body; in JSON only its name is written, and a read one has an empty stream.
    /// </summary>
    File,

    /// <summary>A request body of bytes (<c>format: binary</c> under a media type that is not JSON or a form): a <c>Stream</c>.</summary>
    Stream,
    Array,
    Map,

    /// <summary>A type this generator emits (object, enum or union).</summary>
    Named,
}

/// <summary>What a <see cref="TypeKind.Named"/> reference points at.</summary>
internal enum NamedKind
{
    None,
    Object,
    Enum,
    Union,
}

/// <summary>
/// A reference to a C# type. Part of the model: immutable and compared by value (records), so a spec that did not
/// change yields an equal model and the pipeline stops there.
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="Name">The C# name of the emitted type, for <see cref="TypeKind.Named"/>.</param>
/// <param name="NamedKind">What the named type is (an enum is a value type).</param>
/// <param name="Element">The element type of an array or the value type of a map.</param>
/// <param name="IsNullable">True when JSON <c>null</c> is a valid value (<c>nullable: true</c> or <c>type: [x, "null"]</c>).</param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, NamedKind NamedKind = NamedKind.None, TypeRef? Element = null, bool IsNullable = false)
{
    public static TypeRef Any { get; } = new(TypeKind.Any);

    /// <summary>True for a map, an object or a union: a JSON object (or several shapes), no single text value.</summary>
    public bool IsStructured => Kind == TypeKind.Map || (Kind == TypeKind.Named && NamedKind is NamedKind.Object or NamedKind.Union);

    /// <summary>True when the C# type is a struct (so <c>T?</c> means <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType => Kind switch
    {
        TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal
            or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid or TypeKind.Any or TypeKind.File => true,
        TypeKind.Named => NamedKind == NamedKind.Enum,
        _ => false,
    };

    public TypeRef WithNullable(bool nullable) => IsNullable == nullable ? this : this with { IsNullable = nullable };

    public static TypeRef ArrayOf(TypeRef element, bool nullable = false) => new(TypeKind.Array, Element: element, IsNullable: nullable);

    public static TypeRef MapOf(TypeRef value, bool nullable = false) => new(TypeKind.Map, Element: value, IsNullable: nullable);

    public static TypeRef Named(string name, NamedKind kind, bool nullable = false) => new(TypeKind.Named, name, kind, IsNullable: nullable);
}
