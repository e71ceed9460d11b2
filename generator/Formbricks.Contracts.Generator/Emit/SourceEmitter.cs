using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Writes every source file of one spec: one per type, the client, its options, its exception and the runtime helpers.</summary>
internal static class SourceEmitter
{
    /// <summary>
    /// The files of <paramref name="spec"/>, or the diagnostics that say why there are none: the project cannot compile
    /// them (FBC0008, FBC0009), another spec already generates into its namespace (<paramref name="namespaceOwner"/>,
    /// FBC0010), or writing them failed (FBC0007). A pipeline step: it never throws (so never a CS8785) and never
    /// reports; the generator reports <see cref="SpecOutput.Diagnostics"/> from its diagnostics output.
    /// </summary>
    public static SpecOutput Build(ClientSpec spec, string? namespaceOwner, HostFeatures features, CancellationToken cancellationToken)
    {
        var location = LocationInfo.StartOf(spec.SpecPath);
        if (!features.SupportsLanguage)
        {
            return SpecOutput.Failed(DiagnosticInfo.Create(DiagnosticCatalog.LanguageVersionTooLow, location, features.LanguageVersion));
        }

        if (features.MissingTypes.Length > 0)
        {
            return SpecOutput.Failed(DiagnosticInfo.Create(DiagnosticCatalog.MissingFramework, location, features.MissingTypes));
        }

        if (namespaceOwner is not null)
        {
            return SpecOutput.Failed(DiagnosticInfo.Create(DiagnosticCatalog.DuplicateNamespace, location, spec.Namespace, namespaceOwner));
        }

        try
        {
            var files = new List<GeneratedFile>();
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (hintName, source) in Files(spec, features))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!hintNames.Add(hintName))
                {
                    // The type-name scope ignores case, so this cannot happen; if it ever does, it is reported, not thrown.
                    throw new InvalidOperationException($"Two generated files would have the hint name '{hintName}'.");
                }

                files.Add(new GeneratedFile(hintName, source));
            }

            return new SpecOutput(files.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing half-written is added: the failure is reported at the spec instead of any file.
            return SpecOutput.Failed(DiagnosticInfo.Create(DiagnosticCatalog.GeneratorFailure, location, exception.GetType().Name, exception.Message));
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
