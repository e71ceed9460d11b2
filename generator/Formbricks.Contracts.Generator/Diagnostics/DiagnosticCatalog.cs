using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the Formbricks.Contracts generator reports. One id prefix (<c>FBC</c>), one registry, one docs
/// page per id (<c>docs/diagnostics/FBCxxxx.md</c>), one line per id in <c>AnalyzerReleases.*.md</c>.
/// </summary>
internal static partial class DiagnosticCatalog
{
    private const string Category = "Formbricks.Contracts.Generator";

    /// <summary>The base address of the docs page of a diagnostic id.</summary>
    public const string HelpLinkBase = "https://github.com/formbricks-contracts/formbricks-contracts/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor MalformedDocument = Create(
        "FBC0001",
        "The spec file cannot be read",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOpenApi = Create(
        "FBC0002",
        "The spec is not a valid OpenAPI document",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OpenApiWarning = Create(
        "FBC0003",
        "The spec breaks an OpenAPI rule",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "FBC0004",
        "A $ref does not resolve",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "FBC0005",
        "The spec uses a construct the generator does not support",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "FBC0006",
        "An OpenApiClient option is not valid",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "FBC0007",
        "The generator failed on this spec",
        "The generator failed on this spec, please report it with the spec attached: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        "FBC0008",
        "The project's C# version is too old for the generated client",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingFramework = Create(
        "FBC0009",
        "The project does not reference what the generated client needs",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateNamespace = Create(
        "FBC0010",
        "Another spec already generates into this namespace",
        "{0}",
        DiagnosticSeverity.Error);

    /// <summary>All descriptors, for the registry tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MalformedDocument, InvalidOpenApi, OpenApiWarning, UnresolvedReference, UnsupportedConstruct, InvalidOption, GeneratorFailure,
        LanguageVersionTooLow, MissingFramework, DuplicateNamespace,
    ];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
