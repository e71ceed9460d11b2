namespace Formbricks.Contracts.OpenApi;

/// <summary>What kind of problem a <see cref="SpecDiagnostic"/> reports.</summary>
public enum SpecDiagnosticKind
{
    /// <summary>The text is not well-formed YAML or JSON (syntax error, duplicate key, non-scalar key, unknown alias, too deep or too large).</summary>
    MalformedDocument,

    /// <summary>The text is YAML/JSON but not a valid OpenAPI 3.0/3.1 document (reported by the reader, the validation rules or the version check).</summary>
    InvalidOpenApi,

    /// <summary>A local <c>$ref</c> does not point at an existing node of the document.</summary>
    UnresolvedReference,

    /// <summary>The document uses something this toolkit does not support (external references, anchor references).</summary>
    UnsupportedConstruct,
}

/// <summary>How serious a <see cref="SpecDiagnostic"/> is.</summary>
public enum SpecDiagnosticSeverity
{
    /// <summary>The document can still be used; the problem should be fixed.</summary>
    Warning,

    /// <summary>The document cannot be used as it is.</summary>
    Error,
}
