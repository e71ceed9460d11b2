namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>Which way values flow through a schema: a client sends requests and receives responses.</summary>
internal enum Direction
{
    /// <summary>The client sends it: the revision must accept every value the base accepted.</summary>
    Request,

    /// <summary>The client receives it: the revision must not answer anything the base could not.</summary>
    Response,
}

/// <summary>Where a schema is used: the rule-id prefixes and the words that name the place in messages.</summary>
internal sealed class SchemaPlace
{
    public SchemaPlace(Direction direction, string topPrefix, string propertyPrefix, string label)
    {
        Direction = direction;
        TopPrefix = topPrefix;
        PropertyPrefix = propertyPrefix;
        Label = label;
    }

    public Direction Direction { get; }

    /// <summary>Rule-id prefix for the top-level schema, e.g. <c>request-body</c>.</summary>
    public string TopPrefix { get; }

    /// <summary>Rule-id prefix for nested properties, e.g. <c>request-property</c>.</summary>
    public string PropertyPrefix { get; }

    /// <summary>e.g. <c>query parameter 'limit'</c> or <c>response 200 (application/json)</c>.</summary>
    public string Label { get; }

    public string Prefix(string path) => path.Length == 0 || path == "[]" ? TopPrefix : PropertyPrefix;
}
