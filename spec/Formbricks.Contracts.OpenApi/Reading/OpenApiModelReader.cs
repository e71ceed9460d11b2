using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Formbricks.Contracts.OpenApi.Diagnostics;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>
/// Hands the tree to Microsoft.OpenApi's <see cref="OpenApiJsonReader"/> and runs its validation rules. Reader errors
/// (the tree is not an OpenAPI document) become <see cref="SpecDiagnosticKind.InvalidOpenApi"/> errors; rule findings
/// on a document that was read become <see cref="SpecDiagnosticKind.OpenApiWarning"/> warnings with the rule's text,
/// located by JSON pointer: the generator works from the read model, so they do not stop it.
/// </summary>
internal static class OpenApiModelReader
{
    private static readonly Regex PointerInMessage = new(@" at (#/\S*)\s*$", RegexOptions.CultureInvariant);

    private static readonly Uri FallbackLocation = new("file:///openapi-spec");

    public static OpenApiDocument? Read(string path, JsonNode root, SourceMap map, DiagnosticBag diagnostics)
    {
        ReadResult result;
        try
        {
            var settings = new OpenApiReaderSettings
            {
                // Validation runs separately below with a rule set tuned for real-world documents.
                RuleSet = ValidationRuleSet.GetEmptyRuleSet(),
                LoadExternalRefs = false,
            };
            result = new OpenApiJsonReader().Read(root, Location(path), settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Report(
                SpecDiagnosticKind.InvalidOpenApi,
                $"The OpenAPI reader could not read the document: {exception.Message} Fix the document structure around the top-level fields.",
                string.Empty,
                map.Find(string.Empty));
            return null;
        }

        if (result.Diagnostic is { } diagnostic)
        {
            Report(diagnostic.Errors.Where(e => !RuleMessages.IsIgnoredField(e.Message)), SpecDiagnosticKind.InvalidOpenApi, map, diagnostics);
            Report(diagnostic.Errors.Where(e => RuleMessages.IsIgnoredField(e.Message)), SpecDiagnosticKind.OpenApiWarning, map, diagnostics);
            Report(diagnostic.Warnings, SpecDiagnosticKind.OpenApiWarning, map, diagnostics);
        }

        if (root is JsonObject top && !top.ContainsKey("info"))
        {
            // The reader supplies an empty Info, so no rule notices; a document without one is not an OpenAPI document.
            diagnostics.Report(
                SpecDiagnosticKind.InvalidOpenApi,
                "The document has no 'info' object. Add one at the top level, for example: info: {title: My API, version: '1.0'}.",
                string.Empty,
                map.Find(string.Empty));
        }

        if (result.Document is { } document)
        {
            RegisterEscapedComponentNames(document);
            Validate(document, map, diagnostics);
        }

        return result.Document;
    }

    /// <summary>
    /// Microsoft.OpenApi registers each component at <c>#/components/{type}/{name}</c> with the name as the document keys
    /// it, and resolves a <c>$ref</c> by its text without undoing the JSON-pointer escapes: <c>#/components/schemas/a~1b</c>
    /// found no component <c>a/b</c>, so everything behind it read as empty. A component whose name holds <c>~</c> or
    /// <c>/</c> is registered again under its escaped name (<see cref="JsonPointer.Escape"/>). Percent-encoded names
    /// already resolve: the library compares the references as URIs.
    /// </summary>
    private static void RegisterEscapedComponentNames(OpenApiDocument document)
    {
        if (document.Components is not { } components || document.Workspace is not { } workspace)
        {
            return;
        }

        Register(components.Schemas);
        Register(components.Parameters);
        Register(components.Responses);
        Register(components.RequestBodies);
        Register(components.Headers);
        Register(components.Examples);
        Register(components.Links);
        Register(components.Callbacks);
        Register(components.PathItems);
        Register(components.SecuritySchemes);
        Register(components.MediaTypes);

        void Register<T>(IDictionary<string, T>? named)
            where T : class
        {
            foreach (var pair in named ?? new Dictionary<string, T>())
            {
                var escaped = JsonPointer.Escape(pair.Key);
                if (pair.Value is not null && !string.Equals(escaped, pair.Key, StringComparison.Ordinal))
                {
                    workspace.RegisterComponentForDocument(document, pair.Value, escaped);
                }
            }
        }
    }

    private static void Validate(OpenApiDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        try
        {
            var validator = new OpenApiValidator(ValidationRules.Create());
            new OpenApiWalker(validator).Walk(document);
            Report(validator.Errors.Cast<OpenApiError>(), SpecDiagnosticKind.OpenApiWarning, map, diagnostics);
            Report(validator.Warnings.Cast<OpenApiError>(), SpecDiagnosticKind.OpenApiWarning, map, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Report(
                SpecDiagnosticKind.OpenApiWarning,
                $"The OpenAPI validation rules could not finish ({exception.GetType().Name}: {exception.Message}); the document was read but not fully validated.",
                string.Empty,
                map.Find(string.Empty));
        }
    }

    private static void Report(IEnumerable<OpenApiError>? errors, SpecDiagnosticKind kind, SourceMap map, DiagnosticBag diagnostics)
    {
        if (errors is null)
        {
            return;
        }

        foreach (var error in errors)
        {
            var message = string.IsNullOrWhiteSpace(error.Message) ? "The OpenAPI document is invalid here." : error.Message.Trim();
            var rawPointer = error.Pointer;
            if (string.IsNullOrEmpty(rawPointer))
            {
                // Some reader errors carry the location only in the text: "v1/me is not a valid property at #/paths".
                var match = PointerInMessage.Match(message);
                if (match.Success)
                {
                    rawPointer = match.Groups[1].Value;
                }
            }

            var pointer = JsonPointer.Normalize(rawPointer, decodePercent: false);
            var rule = error switch
            {
                OpenApiValidatorError e => e.RuleName,
                OpenApiValidatorWarning w => w.RuleName,
                _ => null,
            };
            if (!string.IsNullOrEmpty(rule))
            {
                message = RuleMessages.FillSchemaName(message, pointer) + " (rule " + rule + ")";
            }

            diagnostics.Report(kind, message, pointer, map.Find(pointer));
        }
    }

    private static Uri Location(string path)
    {
        if (!string.IsNullOrEmpty(path) && Uri.TryCreate(path, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        return FallbackLocation;
    }
}
