using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>
/// The analyzers' descriptors (FBC0100–FBC0199): misuse of the generated client and of the fake, found in user code.
/// The analyzers (<c>analyzers/Formbricks.Contracts.Analyzers</c>) read them from here, so the catalog stays one.
/// </summary>
internal static partial class DiagnosticCatalog
{
    /// <summary>The category of every analyzer rule.</summary>
    public const string UsageCategory = "Formbricks.Contracts.Usage";

    public static readonly DiagnosticDescriptor ConstantViolatesSpec = CreateRule(
        "FBC0100",
        "A constant argument or initializer breaks a rule of the spec",
        "The spec forbids {0} = {1}: {2} ({3})",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HardCodedApiKey = CreateRule(
        "FBC0101",
        "An API key is written in the source code",
        "{0}: read the key from configuration or the FORMBRICKS_API_KEY environment variable instead of the source code",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ManualPagingLoop = CreateRule(
        "FBC0102",
        "A hand-written paging loop does what a generated Enumerate…Async method does",
        "This loop pages '{0}' by hand with a growing '{1}'; '{2}' walks every page and stops where the server says",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor PerItemCallInLoop = CreateRule(
        "FBC0103",
        "One call per item of a loop where one paged call answers for the whole group",
        "'{0}' is called once per item of this loop; '{1}' returns the same for a whole segment, one page per request",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SunsetOperation = CreateRule(
        "FBC0104",
        "The operation's sunset date has passed",
        "'{0}' ({1} {2}) was sunset on {3} according to the spec ({4}): the server no longer answers it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownFakeOperation = CreateRule(
        "FBC0105",
        "The fake's test API is given an operation id that does not exist",
        "'{0}' is not an operation id of the spec{1}",
        DiagnosticSeverity.Error);

    /// <summary>Every analyzer descriptor, for the registry tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AnalyzerRules { get; } =
    [
        ConstantViolatesSpec, HardCodedApiKey, ManualPagingLoop, PerItemCallInLoop, SunsetOperation, UnknownFakeOperation,
    ];

    static partial void AddAnalyzerDescriptors(List<DiagnosticDescriptor> all) =>
        all.AddRange([ConstantViolatesSpec, HardCodedApiKey, ManualPagingLoop, PerItemCallInLoop, SunsetOperation, UnknownFakeOperation]);

    private static DiagnosticDescriptor CreateRule(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, UsageCategory, severity, isEnabledByDefault: true,
            helpLinkUri: "https://github.com/formbricks-contracts/formbricks-contracts/blob/main/docs/diagnostics/" + id + ".md");
}
