using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Formbricks.Contracts.OpenApi.Diagnostics;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>
/// Hands the tree to Microsoft.OpenApi's <see cref="OpenApiJsonReader"/> and runs its validation rules, turning
/// their errors and warnings (located by JSON pointer) into <see cref="SpecDiagnosticKind.InvalidOpenApi"/> diagnostics.
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
            Report(diagnostic.Errors, SpecDiagnosticSeverity.Error, map, diagnostics);
            Report(diagnostic.Warnings, SpecDiagnosticSeverity.Warning, map, diagnostics);
        }

        if (result.Document is { } document)
        {
            Validate(document, map, diagnostics);
        }

        return result.Document;
    }

    private static void Validate(OpenApiDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        try
        {
            var validator = new OpenApiValidator(ValidationRules.Create());
            new OpenApiWalker(validator).Walk(document);
            Report(validator.Errors.Cast<OpenApiError>(), SpecDiagnosticSeverity.Error, map, diagnostics);
            Report(validator.Warnings.Cast<OpenApiError>(), SpecDiagnosticSeverity.Warning, map, diagnostics);
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

    private static void Report(IEnumerable<OpenApiError>? errors, SpecDiagnosticSeverity severity, SourceMap map, DiagnosticBag diagnostics)
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
                message += " (rule " + rule + ")";
            }

            var kind = severity == SpecDiagnosticSeverity.Error ? SpecDiagnosticKind.InvalidOpenApi : SpecDiagnosticKind.OpenApiWarning;
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

/// <summary>The Microsoft.OpenApi validation rules this library runs: the default set minus rules that are noisy on valid documents.</summary>
internal static class ValidationRules
{
    /// <summary>Rule names left out, with the reason next to each.</summary>
    internal static readonly IReadOnlyList<string> Excluded = new[]
    {
        // Duplicates ReferenceChecker, which evaluates every $ref as a real JSON pointer and names the closest
        // existing member. This rule only understands '#/components/<kind>/<name>': on a valid pointer such as
        // '#/components/schemas/S/properties/a' it warns about a non-existent '#/components/schemas/a'.
        "OpenApiDocumentReferencesAreValid",
    };

    /// <summary>A fresh rule set (rule sets are mutable, so none is shared between reads).</summary>
    public static ValidationRuleSet Create()
    {
        var rules = new ValidationRuleSet(ValidationRuleSet.GetDefaultRuleSet());
        foreach (var name in Excluded)
        {
            rules.Remove(name);
        }

        return rules;
    }
}
