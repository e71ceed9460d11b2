using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>A schema as met while walking a document: the model object and the pointer of the node that holds it.</summary>
internal readonly struct SchemaNode
{
    public SchemaNode(IOpenApiSchema schema, string pointer)
    {
        Schema = schema;
        Pointer = pointer;
    }

    public IOpenApiSchema Schema { get; }

    /// <summary>Where the schema is written (a reference's target for a <c>$ref</c>).</summary>
    public string Pointer { get; }

    /// <summary>The reference id when the schema is a <c>$ref</c> (cycle detection and branch matching).</summary>
    public string? RefId => Schema is OpenApiSchemaReference r ? r.Reference.ReferenceV3 ?? r.Reference.Id : null;

    public static SchemaNode At(IOpenApiSchema schema, string inlinePointer) =>
        new(schema, SpecSide.PointerOf(schema, inlinePointer));
}
