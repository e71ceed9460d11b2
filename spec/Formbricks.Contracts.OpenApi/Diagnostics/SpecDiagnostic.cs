using System.Globalization;

namespace Formbricks.Contracts.OpenApi;

/// <summary>A problem found while reading a spec, located by JSON pointer and source span. Equatable by value.</summary>
public sealed class SpecDiagnostic : IEquatable<SpecDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="severity">Warning or error.</param>
    /// <param name="message">What is wrong and what to change.</param>
    /// <param name="pointer">JSON pointer of the offending node (<c>""</c> = root).</param>
    /// <param name="span">Where the offending node is in the text.</param>
    public SpecDiagnostic(SpecDiagnosticKind kind, SpecDiagnosticSeverity severity, string message, string pointer, SourceSpan span)
    {
        Kind = kind;
        Severity = severity;
        Message = message ?? string.Empty;
        Pointer = pointer ?? string.Empty;
        Span = span;
    }

    /// <summary>The kind of problem.</summary>
    public SpecDiagnosticKind Kind { get; }

    /// <summary>Warning or error.</summary>
    public SpecDiagnosticSeverity Severity { get; }

    /// <summary>Tells the user what is wrong and what to change.</summary>
    public string Message { get; }

    /// <summary>JSON pointer (RFC 6901) of the offending node; <c>""</c> is the root, e.g. <c>/paths/~1v1~1me/get</c>.</summary>
    public string Pointer { get; }

    /// <summary>Where the offending node is in the text.</summary>
    public SourceSpan Span { get; }

    /// <inheritdoc />
    public bool Equals(SpecDiagnostic? other) =>
        other is not null && Kind == other.Kind && Severity == other.Severity && Span.Equals(other.Span) &&
        string.Equals(Message, other.Message, StringComparison.Ordinal) &&
        string.Equals(Pointer, other.Pointer, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SpecDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (int)Kind;
            hash = (hash * 397) ^ (int)Severity;
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Message);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Pointer);
            return (hash * 397) ^ Span.GetHashCode();
        }
    }

    /// <summary>e.g. <c>Error UnresolvedReference at (12,15) /paths/...: message</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} at ({2},{3}) '{4}': {5}",
        Severity, Kind, Span.StartLine + 1, Span.StartColumn + 1, Pointer, Message);
}

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
