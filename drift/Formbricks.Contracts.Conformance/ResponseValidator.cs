using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Conformance;

/// <summary>
/// Checks an HTTP response against an <see cref="OpenApiDocument"/>: the operation exists, the status is declared
/// (exactly, as a range such as <c>4XX</c>, or as <c>default</c>), the content type is one the response declares, and
/// a JSON body fits the schema (types incl. nullable and type arrays, required, enum, formats date-time/uri, bounds,
/// additionalProperties, allOf/oneOf/anyOf/not, $ref).
/// </summary>
public static class ResponseValidator
{
    /// <summary>Validates one response.</summary>
    /// <param name="document">The spec.</param>
    /// <param name="method">HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="pathTemplateOrConcretePath">
    /// A path template of the spec (<c>/v2/management/surveys/{id}</c>) or a concrete request path, with or without the
    /// server's base path (<c>/api/v2/management/surveys/abc</c>) and query string.
    /// </param>
    /// <param name="status">The response status code.</param>
    /// <param name="contentType">The response <c>Content-Type</c> (parameters such as <c>charset</c> are ignored), or <see langword="null"/>.</param>
    /// <param name="body">The response body text (empty for none).</param>
    /// <returns>
    /// The errors; empty when the response fits. A rule that cannot be applied (an invalid <c>pattern</c>, a regex
    /// that times out) is an error too: apart from a null <paramref name="document"/>, this method does not throw.
    /// </returns>
    public static IReadOnlyList<ResponseValidationError> Validate(
        OpenApiDocument document, string method, string pathTemplateOrConcretePath, int status, string? contentType, string body)
    {
        ArgumentNullException.ThrowIfNull(document);

        var errors = new List<ResponseValidationError>();
        var path = StripQuery(pathTemplateOrConcretePath ?? string.Empty);
        var template = PathMatcher.Find(document, path);
        if (template is null)
        {
            errors.Add(new ResponseValidationError(ContractFindingKind.UnknownPath, $"No path of the spec matches '{path}'."));
            return errors;
        }

        var operation = OperationLookup.Find(document, template, method);
        if (operation is null)
        {
            errors.Add(new ResponseValidationError(ContractFindingKind.UndeclaredMethod, $"{method.ToUpperInvariant()} is not declared for '{template}'."));
            return errors;
        }

        var response = OperationLookup.FindResponse(operation, status);
        var name = operation.OperationId ?? $"{method.ToUpperInvariant()} {template}";
        if (response is null)
        {
            errors.Add(new ResponseValidationError(ContractFindingKind.UndeclaredStatus, $"Status {status} is not declared for {name}."));
            return errors;
        }

        var content = response.Content;
        if (content is null || content.Count == 0)
        {
            if (!string.IsNullOrEmpty(body))
            {
                errors.Add(new ResponseValidationError(string.Empty, $"Status {status} of {name} declares no body, but one was sent."));
            }

            return errors;
        }

        var mediaType = MediaType(contentType);
        var declared = FindMediaType(content, mediaType);
        if (declared is null)
        {
            var names = string.Join(", ", content.Keys);
            errors.Add(new ResponseValidationError(ContractFindingKind.UndeclaredContentType, $"Content type '{mediaType ?? "(none)"}' is not declared for status {status} of {name} (declared: {names})."));
            return errors;
        }

        if (mediaType is null || mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0 || declared.Schema is null)
        {
            return errors;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body ?? string.Empty);
        }
        catch (JsonException exception)
        {
            errors.Add(new ResponseValidationError(string.Empty, $"The body is not JSON: {exception.Message}"));
            return errors;
        }

        try
        {
            SchemaValidator.Validate(declared.Schema, node, string.Empty, errors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The rules catch what they can throw; this is the last resort, so that a caller always gets a list.
            errors.Add(new ResponseValidationError(string.Empty, $"The body could not be fully validated ({exception.GetType().Name}: {exception.Message})."));
        }

        return errors;
    }

    internal static string StripQuery(string path)
    {
        var query = path.AsSpan().IndexOfAny('?', '#');
        return query >= 0 ? path[..query] : path;
    }

    internal static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType!.IndexOf(';');
        return (semicolon >= 0 ? contentType.Substring(0, semicolon) : contentType).Trim().ToLowerInvariant();
    }

    /// <summary>Exact media type first, then <c>type/*</c>, then <c>*/*</c>.</summary>
    private static IOpenApiMediaType? FindMediaType(IDictionary<string, IOpenApiMediaType> content, string? mediaType)
    {
        if (mediaType is null)
        {
            return null;
        }

        var slash = mediaType.IndexOf('/');
        var candidates = new[] { mediaType, slash > 0 ? mediaType[..slash] + "/*" : mediaType, "*/*" };
        foreach (var candidate in candidates)
        {
            foreach (var pair in content)
            {
                if (string.Equals(MediaType(pair.Key), candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Value;
                }
            }
        }

        return null;
    }
}

/// <summary>One way a response does not fit the spec: where (a JSON pointer into the body, or <c>""</c>) and what.</summary>
public sealed class ResponseValidationError : IEquatable<ResponseValidationError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="pointer">JSON pointer of the offending value in the body (<c>""</c> = the body itself or the response as a whole).</param>
    /// <param name="message">What does not fit.</param>
    public ResponseValidationError(string pointer, string message)
    {
        Pointer = pointer ?? string.Empty;
        Message = message ?? string.Empty;
    }

    /// <summary>Creates an error of a given kind about the response as a whole.</summary>
    internal ResponseValidationError(ContractFindingKind kind, string message)
        : this(string.Empty, message)
    {
        Kind = kind;
    }

    /// <summary>What part of the contract is broken (the body, unless the status, content type, method or path is).</summary>
    public ContractFindingKind Kind { get; } = ContractFindingKind.Body;

    /// <summary>JSON pointer of the offending value, e.g. <c>/data/0/createdAt</c>.</summary>
    public string Pointer { get; }

    /// <summary>What does not fit, e.g. <c>expected string, got number</c>.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ResponseValidationError? other) =>
        other is not null && Pointer == other.Pointer && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponseValidationError);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Pointer.GetHashCode() * 397) ^ Message.GetHashCode());

    /// <summary>The pointer and the message, e.g. <c>/data/0/id: expected string, got number</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Pointer.Length == 0 ? Message : Pointer + ": " + Message;
}
