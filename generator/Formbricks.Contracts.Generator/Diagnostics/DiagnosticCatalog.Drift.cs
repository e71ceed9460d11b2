using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Diagnostics;

/// <summary>The drift-in-the-build diagnostics (FBC0200-FBC0299), reported by <see cref="Formbricks.Contracts.Generator.Drift.BaselineDriftCheck"/>.</summary>
internal static partial class DiagnosticCatalog
{
    /// <summary>
    /// One descriptor per drift level (arguments of FBC0200-FBC0202: the rule id, the finding's message naming the
    /// operation and the place, the accept command; of FBC0203: the baseline as named, why it cannot be read), so <c>dotnet_diagnostic.FBC020x.severity</c> tunes a whole level; a single rule is
    /// tuned with <c>formbricks_contracts_drift.&lt;rule-id&gt; = error|warning|info|none</c> (docs/drift/README.md).
    /// Nested, so their initialisation does not depend on the order of this partial class's files.
    /// </summary>
    internal static class DriftChecks
    {
        public static readonly DiagnosticDescriptor BreakingChange = Create(
            "FBC0200",
            "The spec breaks clients written against its baseline",
            "{0}: {1}; if the change is intended, accept it as the new baseline with {2}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor RiskyChange = Create(
            "FBC0201",
            "The spec may break clients written against its baseline",
            "{0}: {1}; if the change is intended, accept it as the new baseline with {2}",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InformativeChange = Create(
            "FBC0202",
            "The spec changed since its baseline",
            "{0}: {1}; if the change is intended, accept it as the new baseline with {2}",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor BaselineUnreadable = Create(
            "FBC0203",
            "The spec's baseline cannot be read",
            "The baseline '{0}' of this spec cannot be read: {1}",
            DiagnosticSeverity.Error);

        /// <summary>Every drift descriptor.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [BreakingChange, RiskyChange, InformativeChange, BaselineUnreadable];
    }

    static partial void AddDriftDescriptors(List<DiagnosticDescriptor> all) => all.AddRange(DriftChecks.All);
}
