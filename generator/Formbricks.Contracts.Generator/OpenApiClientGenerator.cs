using System.Text;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Emit;
using Formbricks.Contracts.Generator.Model;
using Formbricks.Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Formbricks.Contracts.Generator;

/// <summary>
/// Generates DTOs, reflection-free JSON code and a typed client for every OpenAPI document that a project opts in
/// with <c>&lt;AdditionalFiles Include="…" OpenApiClient="true" Namespace="…" ClientName="…" /&gt;</c>.
/// </summary>
/// <remarks>
/// The pipeline (docs/generator.md): each opted-in file becomes a <see cref="SpecInput"/> of strings (step
/// <c>SpecInput</c>), is parsed into an equatable model plus diagnostics (step <c>Model</c>). The namespaces of all
/// specs are collected (step <c>Namespaces</c>), so that a second spec in a namespace gets FBC0010 instead of clashing
/// files. With what the compilation offers (step <c>HostFeatures</c>) each model is written into files or the
/// diagnostics that say why not (step <c>Output</c>). Two kinds of output: one adds the files, the other reports
/// every diagnostic (of the model and of the output step); neither computes anything. The generator reads only what
/// the compiler hands it.
/// <para>
/// The values that flow between the steps are classes, never tuples or structs of our own: a command-line compile
/// (<c>UseSharedCompilation=false</c>, or the first build of a compiler server) JIT-compiles the compiler's node
/// classes once for every value type they are instantiated over, while every class shares one instantiation that
/// other generators have already paid for (docs/benchmarks.md section 11).
/// </para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>The opted-in spec files with their options.</summary>
        public const string SpecInput = nameof(SpecInput);

        /// <summary>The parsed model and its diagnostics.</summary>
        public const string Model = nameof(Model);

        /// <summary>The model alone, what the source output depends on.</summary>
        public const string Spec = nameof(Spec);

        /// <summary>What the consuming compilation references (dependency injection, configuration, C# version, framework types).</summary>
        public const string HostFeatures = nameof(HostFeatures);

        /// <summary>The namespace of every spec, collected to find two specs that would generate into the same one.</summary>
        public const string Namespaces = nameof(Namespaces);

        /// <summary>The generated files of one spec, or the diagnostics that say why there are none.</summary>
        public const string Output = nameof(Output);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var project = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new ProjectOptions(
                provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value : null,
                provider.GlobalOptions.TryGetValue("build_property.ProjectDir", out var directory) ? directory : null));

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var options = pair.Right.GetOptions(pair.Left);
                if (!options.TryGetValue("build_metadata.AdditionalFiles.OpenApiClient", out var optIn)
                    || !string.Equals(optIn?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                options.TryGetValue("build_metadata.AdditionalFiles.Namespace", out var ns);
                options.TryGetValue("build_metadata.AdditionalFiles.ClientName", out var clientName);
                var text = pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty;
                return new SpecInput(pair.Left.Path, text, ns, clientName, null);
            })
            .Where(static input => input is not null)
            .Combine(project)
            .Select(static (pair, _) => pair.Left! with { RootNamespace = pair.Right.RootNamespace, ProjectDirectory = pair.Right.Directory })
            .WithTrackingName(TrackingNames.SpecInput);

        var models = inputs
            .Select(static (input, cancellationToken) => ModelBuilder.Build(input, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        var specs = models
            .Select(static (model, _) => model.Spec)
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Spec);

        // Only (path, namespace) pairs are collected: an edit inside one spec leaves them equal, and the other specs cached.
        var namespaces = specs
            .Select(static (spec, _) => new NamespaceClaim(spec!.SpecPath, spec.Namespace))
            .Collect()
            .Select(static (claims, _) => new NamespaceClaims(claims.ToEquatableArray()))
            .WithTrackingName(TrackingNames.Namespaces);

        var owned = specs
            .Combine(namespaces)
            .Select(static (pair, _) => new OwnedSpec(pair.Left!, NamespaceClaim.OwnerOtherThan(pair.Right.Claims, pair.Left!)));

        // Plain values read from the compilation: an edit re-runs this lookup, but its equal output stops there.
        var features = context.CompilationProvider
            .Select(static (compilation, _) =>
            {
                var language = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
                return new HostFeatures(
                    compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
                    compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is not null,
                    language >= LanguageVersion.CSharp11,
                    language.ToDisplayString(),
                    string.Join(", ", HostFeatures.RequiredTypes.Where(type => compilation.GetTypeByMetadataName(type) is null)));
            })
            .WithTrackingName(TrackingNames.HostFeatures);

        var outputs = owned
            .Combine(features)
            .Select(static (pair, cancellationToken) => SourceEmitter.Build(pair.Left.Spec, pair.Left.NamespaceOwner, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Output);

        // Emit code: the files alone, one by one.
        context.RegisterSourceOutput(
            outputs.SelectMany(static (output, _) => output.Files),
            static (production, file) => production.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8)));

        // Report: the diagnostics alone, of the model (reader, options, mapping) and of the output step (host, namespace, emission).
        ReportDiagnostics(context, models.SelectMany(static (model, _) => model.Diagnostics));
        ReportDiagnostics(context, outputs.SelectMany(static (output, _) => output.Diagnostics));
    }

    /// <summary>The project's root namespace and folder, from the build properties.</summary>
    private sealed record ProjectOptions(string? RootNamespace, string? Directory);

    /// <summary>The namespace claims of all specs, as one equatable value.</summary>
    private sealed record NamespaceClaims(EquatableArray<NamespaceClaim> Claims);

    /// <summary>A spec and the other spec that owns its namespace, if any.</summary>
    private sealed record OwnedSpec(ClientSpec Spec, string? NamespaceOwner);

    private static void ReportDiagnostics(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<DiagnosticInfo> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, static (production, diagnostic) => production.ReportDiagnostic(diagnostic.ToDiagnostic()));
}
