using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// Every diagnostic of Formbricks.Contracts, in one registry (as Mapperly's <c>DiagnosticDescriptors</c> and
/// Meziantou's <c>RuleIdentifiers</c>): one id prefix (<c>FBC</c>), one severity per id, one message format per id
/// with its arguments, one docs page per id (<c>docs/diagnostics/FBCxxxx.md</c>, the help link) and one line per id in
/// <c>AnalyzerReleases.*.md</c>. Id ranges: FBC0001–0099 spec and generator (this file), FBC0100–0199 analyzers
/// (<c>DiagnosticCatalog.Analyzers.cs</c>), FBC0200–0299 drift checks in the build (<c>DiagnosticCatalog.Drift.cs</c>).
/// </summary>
/// <remarks>
/// Descriptors are reported through <see cref="DiagnosticInfo.Create"/>, never with a severity of their own: an id
/// that would need two severities is two ids. The spec reader's kinds map to these descriptors in one place,
/// <see cref="SpecDiagnosticMap"/>.
/// </remarks>
internal static partial class DiagnosticCatalog
{
    /// <summary>The category of the spec and generator diagnostics (FBC0001–0099).</summary>
    public const string GeneratorCategory = "Formbricks.Contracts.Generator";

    /// <summary>The base address of the docs page of a diagnostic id.</summary>
    public const string HelpLinkBase = "https://github.com/formbricks-contracts/formbricks-contracts/blob/main/docs/diagnostics/";

    /// <summary>FBC0001 (error): the reader's account of the syntax error or limit.</summary>
    public static readonly DiagnosticDescriptor MalformedDocument = Create(
        "FBC0001",
        "The spec file cannot be read",
        "The spec file cannot be read: {0}",
        DiagnosticSeverity.Error);

    /// <summary>FBC0002 (error): the reader's or Microsoft.OpenApi's account of what is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidOpenApi = Create(
        "FBC0002",
        "The spec is not a valid OpenAPI document",
        "The spec is not a valid OpenAPI 3.0/3.1 document: {0}",
        DiagnosticSeverity.Error);

    /// <summary>FBC0003 (warning): Microsoft.OpenApi's rule and what it found.</summary>
    public static readonly DiagnosticDescriptor OpenApiWarning = Create(
        "FBC0003",
        "The spec breaks an OpenAPI rule",
        "The spec breaks an OpenAPI rule: {0}",
        DiagnosticSeverity.Warning);

    /// <summary>FBC0004 (error): the reference, what is missing, and the closest name when there is one.</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "FBC0004",
        "A $ref does not resolve",
        "Unresolved $ref: {0}",
        DiagnosticSeverity.Error);

    /// <summary>FBC0005 (warning): {0} what the spec uses, {1} what is generated instead.</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "FBC0005",
        "The spec uses a construct the generator does not support",
        "{0} is not supported: {1}",
        DiagnosticSeverity.Warning);

    /// <summary>FBC0006 (error): {0} the metadata name, {1} its value, {2} what it must be, {3} an example.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "FBC0006",
        "An OpenApiClient option is not valid",
        "{0}=\"{1}\" is not a valid C# {2}; set the {0} metadata of the AdditionalFiles item to {3}",
        DiagnosticSeverity.Error);

    /// <summary>FBC0007 (error): {0} the exception type, {1} its message.</summary>
    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "FBC0007",
        "The generator failed on this spec",
        "The generator failed on this spec, please report it with the spec attached: {0}: {1}",
        DiagnosticSeverity.Error);

    /// <summary>FBC0008 (error): {0} the project's C# version.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        "FBC0008",
        "The project's C# version is too old for the generated client",
        "The client generated from this spec is C# 11 (required members, UTF-8 literals); the project compiles C# {0}. Set <LangVersion>11</LangVersion> or later, or target .NET 7 or later.",
        DiagnosticSeverity.Error);

    /// <summary>FBC0009 (error): {0} the types the project does not reference.</summary>
    public static readonly DiagnosticDescriptor MissingFramework = Create(
        "FBC0009",
        "The project does not reference what the generated client needs",
        "The client generated from this spec needs {0}, which the project does not reference. Target .NET 8 or later (netstandard and .NET Framework projects are not supported).",
        DiagnosticSeverity.Error);

    /// <summary>FBC0010 (error): {0} the namespace, {1} the spec that already generates into it.</summary>
    public static readonly DiagnosticDescriptor DuplicateNamespace = Create(
        "FBC0010",
        "Another spec already generates into this namespace",
        "Namespace \"{0}\" is already generated into from '{1}'; each spec needs a namespace of its own (their types and hint names would clash). Set the Namespace metadata of this AdditionalFiles item to a different namespace.",
        DiagnosticSeverity.Error);

    /// <summary>FBC0011 (warning, was an FBC0001 warning): {0} the 1-based line where the second document starts.</summary>
    public static readonly DiagnosticDescriptor ExtraYamlDocuments = Create(
        "FBC0011",
        "The spec file holds more than one YAML document",
        "The spec file holds more than one YAML document (the next one starts at line {0}); only the first is read. Remove the other documents or move them to their own files.",
        DiagnosticSeverity.Warning);

    /// <summary>FBC0012 (error, was an FBC0005 error): the reference and the form to use instead.</summary>
    public static readonly DiagnosticDescriptor UnsupportedReference = Create(
        "FBC0012",
        "A $ref has a form the generator cannot follow",
        "Unsupported $ref: {0}",
        DiagnosticSeverity.Error);

    /// <summary>FBC0013 (warning, was an FBC0005 warning): {0} the declared version.</summary>
    public static readonly DiagnosticDescriptor NewerOpenApiVersion = Create(
        "FBC0013",
        "The spec declares an OpenAPI version newer than 3.1",
        "The spec declares OpenAPI {0}; it is read as 3.1 and features new in 3.2 are ignored. Use 'openapi: 3.1.1' unless you need them.",
        DiagnosticSeverity.Warning);

    /// <summary>FBC0014 (warning): {0} the types the parts allow, which have no value in common.</summary>
    public static readonly DiagnosticDescriptor ContradictoryComposition = Create(
        "FBC0014",
        "The parts of an allOf allow no value in common",
        "The allOf parts allow no value in common (their types are {0}), so no value fits the schema; it is generated as a JSON element (JsonElement). Give the parts one type, or use oneOf if either kind of value is meant.",
        DiagnosticSeverity.Warning);

    /// <summary>The spec and generator descriptors (FBC0001–0099), for the registry tests and <see cref="All"/>.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Generator { get; } =
    [
        MalformedDocument, InvalidOpenApi, OpenApiWarning, UnresolvedReference, UnsupportedConstruct, InvalidOption, GeneratorFailure,
        LanguageVersionTooLow, MissingFramework, DuplicateNamespace, ExtraYamlDocuments, UnsupportedReference, NewerOpenApiVersion,
        ContradictoryComposition,
    ];

    /// <summary>
    /// Every descriptor of every partial file: a partial file that adds a range implements its <c>Add…</c> method
    /// below (the registry tests find every static descriptor field and fail on one that is missing). Built on each
    /// call, after every part's static fields exist (the order of static initializers across partial files is not defined).
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> All
    {
        get
        {
            var all = new List<DiagnosticDescriptor>(Generator);
            AddAnalyzerDescriptors(all);
            AddDriftDescriptors(all);
            return all;
        }
    }

    /// <summary>Implemented by <c>DiagnosticCatalog.Analyzers.cs</c>: adds the FBC0100–0199 descriptors.</summary>
    static partial void AddAnalyzerDescriptors(List<DiagnosticDescriptor> all);

    /// <summary>Implemented by <c>DiagnosticCatalog.Drift.cs</c>: adds the FBC0200–0299 descriptors.</summary>
    static partial void AddDriftDescriptors(List<DiagnosticDescriptor> all);

    /// <summary>A descriptor with its help link; <paramref name="category"/> defaults to the generator's.</summary>
    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string category = GeneratorCategory) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
