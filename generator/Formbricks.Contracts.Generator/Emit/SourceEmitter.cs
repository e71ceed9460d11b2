using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Adds every source file of one spec: one per type, the client, its options, its exception and the runtime helpers.</summary>
internal static class SourceEmitter
{
    /// <summary>
    /// Adds the files of <paramref name="spec"/>, or reports why not: the project cannot compile them (FBC0008,
    /// FBC0009), another spec already generates into its namespace (<paramref name="namespaceOwner"/>, FBC0010), or
    /// writing them failed (FBC0007). Never throws, so never a CS8785.
    /// </summary>
    public static void Emit(SourceProductionContext production, ClientSpec spec, string? namespaceOwner, HostFeatures features)
    {
        if (!features.SupportsLanguage || features.MissingTypes.Length > 0)
        {
            var (descriptor, message) = !features.SupportsLanguage
                ? (DiagnosticCatalog.LanguageVersionTooLow, $"The client generated from this spec is C# 11 (required members, UTF-8 literals); the project compiles C# {features.LanguageVersion}. Set <LangVersion>11</LangVersion> or later, or target .NET 7 or later.")
                : (DiagnosticCatalog.MissingFramework, $"The client generated from this spec needs {features.MissingTypes}, which the project does not reference. Target .NET 8 or later (netstandard and .NET Framework projects are not supported).");
            production.ReportDiagnostic(new DiagnosticInfo(descriptor.Id, message, spec.SpecPath, 0, 0, 0, 0, 0, 0).ToDiagnostic());
            return;
        }

        if (namespaceOwner is not null)
        {
            var message = $"Namespace \"{spec.Namespace}\" is already generated into from '{namespaceOwner}'; each spec needs a namespace of its own (their types and hint names would clash). Set the Namespace metadata of this AdditionalFiles item to a different namespace.";
            production.ReportDiagnostic(new DiagnosticInfo(DiagnosticCatalog.DuplicateNamespace.Id, message, spec.SpecPath, 0, 0, 0, 0, 0, 0).ToDiagnostic());
            return;
        }

        List<(string HintName, string Source)> files;
        try
        {
            files = Files(spec, features).ToList();
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (files.FirstOrDefault(file => !hintNames.Add(file.HintName)) is { HintName: { } duplicate })
            {
                // The type-name scope ignores case, so this cannot happen; if it ever does, it is reported, not thrown.
                throw new InvalidOperationException($"Two generated files would have the hint name '{duplicate}'.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never a CS8785: the failure is reported at the spec, and nothing half-written is added.
            var info = new DiagnosticInfo(DiagnosticCatalog.GeneratorFailure.Id, exception.GetType().Name + ": " + exception.Message, spec.SpecPath, 0, 0, 0, 0, 0, 0);
            production.ReportDiagnostic(info.ToDiagnostic());
            return;
        }

        foreach (var (hintName, source) in files)
        {
            production.CancellationToken.ThrowIfCancellationRequested();
            production.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>The files of one spec, in a fixed order, as (hint name, text).</summary>
    public static IEnumerable<(string HintName, string Source)> Files(ClientSpec spec, HostFeatures features)
    {
        var prefix = spec.HintPrefix + ".";
        if (features.HasHttpClientFactory)
        {
            yield return (prefix + spec.ClientName + "ServiceCollectionExtensions.g.cs", DependencyInjectionEmitter.Emit(spec, features));
        }

        yield return (prefix + spec.ClientName + ".g.cs", ClientEmitter.Emit(spec));
        yield return (prefix + spec.OptionsName + ".g.cs", ClientSupportEmitter.EmitOptions(spec));
        yield return (prefix + spec.ExceptionName + ".g.cs", ClientSupportEmitter.EmitException(spec));
        yield return (prefix + spec.RuntimeName + ".g.cs", RuntimeEmitter.Emit(spec));
        yield return (prefix + "FormbricksMetadata.g.cs", MetadataEmitter.EmitAttributes(spec));
        foreach (var type in spec.Types)
        {
            var source = type switch
            {
                ObjectSpec objectSpec => ObjectEmitter.Emit(spec, objectSpec),
                EnumSpec enumSpec => EnumEmitter.Emit(spec, enumSpec),
                UnionSpec unionSpec => UnionEmitter.Emit(spec, unionSpec),
                _ => null,
            };
            if (source is not null)
            {
                yield return (prefix + type.Name + ".g.cs", source);
            }
        }
    }
}
