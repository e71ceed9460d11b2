using System.Globalization;

namespace Formbricks.Contracts.OpenApi;

/// <summary>A problem found while reading a spec, located by JSON pointer and source span. Equatable by value.</summary>
public sealed class SpecDiagnostic : IEquatable<SpecDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="severity">Warning or error; it must be the kind's own severity (<see cref="SpecDiagnosticKinds.SeverityOf"/>).</param>
    /// <param name="message">What is wrong and what to change.</param>
    /// <param name="pointer">JSON pointer of the offending node (<c>""</c> = root).</param>
    /// <param name="span">Where the offending node is in the text.</param>
    public SpecDiagnostic(SpecDiagnosticKind kind, SpecDiagnosticSeverity severity, string message, string pointer, SourceSpan span)
    {
        if (severity != SpecDiagnosticKinds.SeverityOf(kind))
        {
            throw new ArgumentException($"A {kind} diagnostic is always a {SpecDiagnosticKinds.SeverityOf(kind)}, not a {severity}.", nameof(severity));
        }

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

/// <summary>
/// What kind of problem a <see cref="SpecDiagnostic"/> reports. Each kind has one severity
/// (<see cref="SpecDiagnosticKinds.SeverityOf"/>), so a consumer can map kinds to its own ids without looking at the
/// severity: the generator maps each kind to one FBC diagnostic.
/// </summary>
public enum SpecDiagnosticKind
{
    /// <summary>Error: the text is not well-formed YAML or JSON (syntax error, duplicate key, non-scalar key, unknown alias, too deep or too large).</summary>
    MalformedDocument,

    /// <summary>Error: the text is YAML/JSON but not a valid OpenAPI 3.0/3.1 document (reported by the reader, the validation rules or the version check).</summary>
    InvalidOpenApi,

    /// <summary>Error: a local <c>$ref</c> does not point at an existing node of the document.</summary>
    UnresolvedReference,

    /// <summary>Error: a <c>$ref</c> in a form this toolkit cannot follow (another document, a named anchor, part of a component).</summary>
    UnsupportedConstruct,

    /// <summary>Warning: the text holds more than one YAML document; only the first is read.</summary>
    ExtraDocuments,

    /// <summary>Warning: the document breaks an OpenAPI rule that does not stop it from being used (or the rules could not finish).</summary>
    OpenApiWarning,

    /// <summary>Warning: the document declares an OpenAPI version newer than 3.1 (3.2); it is read as 3.1.</summary>
    NewerVersion,
}

/// <summary>Facts about <see cref="SpecDiagnosticKind"/> values.</summary>
public static class SpecDiagnosticKinds
{
    /// <summary>The one severity every diagnostic of <paramref name="kind"/> has.</summary>
    /// <param name="kind">The kind of problem.</param>
    /// <returns><see cref="SpecDiagnosticSeverity.Warning"/> for the kinds that leave the document usable, otherwise <see cref="SpecDiagnosticSeverity.Error"/>.</returns>
    public static SpecDiagnosticSeverity SeverityOf(SpecDiagnosticKind kind) => kind switch
    {
        SpecDiagnosticKind.ExtraDocuments or SpecDiagnosticKind.OpenApiWarning or SpecDiagnosticKind.NewerVersion => SpecDiagnosticSeverity.Warning,
        _ => SpecDiagnosticSeverity.Error,
    };
}

/// <summary>How serious a <see cref="SpecDiagnostic"/> is.</summary>
public enum SpecDiagnosticSeverity
{
    /// <summary>The document can still be used; the problem should be fixed.</summary>
    Warning,

    /// <summary>The document cannot be used as it is.</summary>
    Error,
}
