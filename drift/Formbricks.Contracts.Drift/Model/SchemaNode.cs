using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>A schema as met while walking a document: the model object and where the node that holds it is.</summary>
internal readonly struct SchemaNode
{
    public SchemaNode(IOpenApiSchema schema, LazyPointer location)
    {
        Schema = schema;
        Location = location;
    }

    public IOpenApiSchema Schema { get; }

    /// <summary>Where the schema is written (a reference's target for a <c>$ref</c>), rendered on demand.</summary>
    public LazyPointer Location { get; }

    /// <summary>The text of <see cref="Location"/>.</summary>
    public string Pointer => Location.Text;

    /// <summary>The reference id when the schema is a <c>$ref</c> (cycle detection and branch matching).</summary>
    public string? RefId => Schema is OpenApiSchemaReference r ? r.Reference.ReferenceV3 ?? r.Reference.Id : null;

    /// <summary>The schema written at <paramref name="token"/> below <paramref name="parent"/>.</summary>
    public static SchemaNode At(IOpenApiSchema schema, LazyPointer parent, string token) => new(schema, parent.Child(token, schema));

    /// <summary>The schema at <paramref name="index"/> of the sequence at <paramref name="parent"/>.</summary>
    public static SchemaNode At(IOpenApiSchema schema, LazyPointer parent, int index) => new(schema, parent.Child(index, schema));
}
