using Formbricks.Contracts.OpenApi;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Conformance;

/// <summary>
/// Asserts that what a fake, a recording or a live server answered keeps an OpenAPI document: the operation exists,
/// the status and content type are declared, the JSON body fits the schema, and (when the exchange recorded them) the
/// required response headers are present.
/// </summary>
/// <example>
/// <code>
/// var checker = ContractChecker.FromFile("spec/formbricks.openapi.yml");
/// checker.AssertConforms(exchanges);   // throws one ContractViolationException listing every mismatch
/// </code>
/// </example>
public sealed class ContractChecker
{
    /// <summary>Creates a checker over an already read document.</summary>
    /// <param name="document">The spec.</param>
    public ContractChecker(OpenApiDocument document)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
    }

    /// <summary>The spec the exchanges are checked against.</summary>
    public OpenApiDocument Document { get; }

    /// <summary>Reads the spec at <paramref name="path"/> (YAML or JSON, OpenAPI 3.0 or 3.1).</summary>
    /// <param name="path">The spec file.</param>
    /// <returns>The checker.</returns>
    /// <exception cref="SpecLoadException">The file cannot be read or is not a usable OpenAPI document.</exception>
    public static ContractChecker FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new SpecLoadException($"{path}: cannot be read ({exception.Message})", exception);
        }

        return FromText(path, text);
    }

    /// <summary>Reads a spec from its text.</summary>
    /// <param name="path">The name used in messages.</param>
    /// <param name="text">The YAML or JSON text.</param>
    /// <returns>The checker.</returns>
    /// <exception cref="SpecLoadException">The text is not a usable OpenAPI document (the message is located).</exception>
    public static ContractChecker FromText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var read = SpecReader.Read(path, text);
        var errors = read.Diagnostics.Where(d => d.Severity == SpecDiagnosticSeverity.Error).ToList();
        if (read.Document is null || errors.Count > 0)
        {
            var lines = errors.Select(d => $"{path}({d.Span.StartLine + 1},{d.Span.StartColumn + 1}): {d.Message}");
            throw new SpecLoadException(string.Join(Environment.NewLine, lines.DefaultIfEmpty($"{path}: not an OpenAPI document")));
        }

        return new ContractChecker(read.Document);
    }

    /// <summary>The spec path template a concrete request path matches (with or without the server's base path), or <see langword="null"/>.</summary>
    /// <param name="pathAndQuery">e.g. <c>/api/v2/management/surveys/abc?x=1</c>.</param>
    /// <returns>The template, e.g. <c>/v2/management/surveys/{id}</c>.</returns>
    public string? FindTemplate(string pathAndQuery) =>
        PathMatcher.Find(Document, ResponseValidator.StripQuery(pathAndQuery ?? string.Empty));

    /// <summary>Whether the spec declares an operation for the method on the path (exchanges outside the spec can be left out this way).</summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="pathAndQuery">The request path.</param>
    /// <returns><see langword="true"/> when an operation matches.</returns>
    public bool Declares(string method, string pathAndQuery) =>
        FindTemplate(pathAndQuery) is { } template && OperationLookup.Find(Document, template, method) is not null;

    /// <summary>Checks one exchange.</summary>
    /// <param name="exchange">The request and its answer.</param>
    /// <returns>The mismatches; empty when the answer fits.</returns>
    public IReadOnlyList<ContractFinding> Check(HttpExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var method = exchange.Method.ToUpperInvariant();
        var template = FindTemplate(exchange.PathAndQuery);
        var findings = ResponseValidator
            .Validate(Document, method, exchange.PathAndQuery, exchange.Status, exchange.ContentType, exchange.Body)
            .Select(error => new ContractFinding(method, exchange.PathAndQuery, template, exchange.Status, error.Pointer, error.Message, error.Kind))
            .ToList();
        if (findings.Count == 0 && template is not null && exchange.ResponseHeaders is { } headers
            && OperationLookup.Find(Document, template, method) is { } operation
            && OperationLookup.FindResponse(operation, exchange.Status) is { Headers: { Count: > 0 } declared })
        {
            foreach (var pair in declared)
            {
                if (pair.Value.Required && !headers.Keys.Any(key => string.Equals(key, pair.Key, StringComparison.OrdinalIgnoreCase)))
                {
                    findings.Add(new ContractFinding(method, exchange.PathAndQuery, template, exchange.Status, string.Empty, $"the required response header '{pair.Key}' is missing", ContractFindingKind.MissingHeader));
                }
            }
        }

        return findings;
    }

    /// <summary>Checks every exchange.</summary>
    /// <param name="exchanges">The requests and their answers.</param>
    /// <returns>All mismatches, in the order of the exchanges.</returns>
    public IReadOnlyList<ContractFinding> CheckAll(IEnumerable<HttpExchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        return [.. exchanges.SelectMany(Check)];
    }

    /// <summary>Throws when any exchange does not fit the spec.</summary>
    /// <param name="exchanges">The requests and their answers.</param>
    /// <exception cref="ContractViolationException">One or more mismatches; the message lists each (method, path, status, JSON pointer, message).</exception>
    public void AssertConforms(IEnumerable<HttpExchange> exchanges)
    {
        var findings = CheckAll(exchanges);
        if (findings.Count > 0)
        {
            throw new ContractViolationException(findings);
        }
    }

    /// <summary>Throws when the exchange does not fit the spec.</summary>
    /// <param name="exchange">The request and its answer.</param>
    /// <exception cref="ContractViolationException">One or more mismatches.</exception>
    public void AssertConforms(HttpExchange exchange) => AssertConforms([exchange]);
}
