using System.Collections.Immutable;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;
using Formbricks.Contracts.OpenApi;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>The model of one spec, or none when it cannot be read, and what went wrong.</summary>
internal sealed record ModelResult(ClientSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Turns a spec file into the model the emitters work from. Never throws: failures become diagnostics.</summary>
internal static class ModelBuilder
{
    private static readonly ImmutableArray<string> ReservedClientMembers =
    [
        "DefaultBaseAddress", "BaseAddress", "SendAsync", "CreateUri", "_httpClient", "_options", "Equals", "GetHashCode", "ToString", "GetType",
        "MemberwiseClone", "Finalize",
    ];

    public static ModelResult Build(SpecInput input, CancellationToken cancellationToken)
    {
        try
        {
            return BuildCore(input, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var info = DiagnosticInfo.Create(DiagnosticCatalog.GeneratorFailure, LocationInfo.StartOf(input.Path), exception.GetType().Name, exception.Message);
            return new ModelResult(null, new EquatableArray<DiagnosticInfo>([info]));
        }
    }

    private static ModelResult BuildCore(SpecInput input, CancellationToken cancellationToken)
    {
        var fileBase = Identifiers.ToPascalCase(System.IO.Path.GetFileName(input.Path).Split('.')[0]);
        var ns = input.Namespace is { Length: > 0 } given ? given.Trim() : (input.RootNamespace is { Length: > 0 } root ? root + "." : string.Empty) + fileBase;
        var clientName = input.ClientName is { Length: > 0 } name ? name.Trim() : fileBase + "Client";
        if (!Identifiers.IsValidNamespace(ns) || !Identifiers.IsValidTypeName(clientName))
        {
            var info = !Identifiers.IsValidNamespace(ns)
                ? DiagnosticInfo.Create(DiagnosticCatalog.InvalidOption, LocationInfo.StartOf(input.Path), "Namespace", ns, "namespace", "dotted identifiers such as 'MyCompany.Formbricks'")
                : DiagnosticInfo.Create(DiagnosticCatalog.InvalidOption, LocationInfo.StartOf(input.Path), "ClientName", clientName, "type name", "an identifier such as 'FormbricksClient'");
            return new ModelResult(null, new EquatableArray<DiagnosticInfo>([info]));
        }

        var read = SpecReader.Read(input.Path, input.Text, cancellationToken);
        // Ignoring case: hint names are compared ignoring case, so URL and Url must not both become a file.
        var types = new NameScope(ignoreCase: true);
        var context = new ParseContext(read, types, cancellationToken) { DisplayPath = DisplayPath(input), Text = input.Text };
        var diagnostics = read.Diagnostics.Select(d => SpecDiagnosticMap.ToInfo(d, input.Path, input.Text)).ToList();
        if (read.Document is not { } document)
        {
            return new ModelResult(null, diagnostics.ToEquatableArray());
        }

        clientName = types.Claim(clientName);
        var optionsName = types.Claim(clientName + "Options");
        var exceptionName = types.Claim(clientName + "Exception");
        var runtimeName = types.Claim(clientName + "Runtime");
        types.Claim(clientName + "ServiceCollectionExtensions");
        types.Claim(Emit.MetadataEmitter.ConstraintAttribute);
        types.Claim(Emit.MetadataEmitter.OperationAttribute);
        types.Claim("FormbricksMetadata");

        var (apiKey, schemeName) = FindApiKey(document);
        var documentUsesApiKey = schemeName is not null && document.Security is { } security && security.Any(r => r.Keys.Any(k => k.Reference?.Id == schemeName));
        var schemas = new SchemaMapper(context, document.Components?.Schemas);
        var members = new NameScope([clientName, Emit.MetadataEmitter.OperationsClass, .. ReservedClientMembers]);
        var operations = new OperationMapper(context, schemas, members, schemeName, documentUsesApiKey).MapAll(document);

        // A format: binary string is a file only as a part of a multipart body; everywhere else it is text.
        var (modelTypes, modelOperations) = MultipartFiles.Apply(schemas.Types, operations, types);
        diagnostics.AddRange(context.Diagnostics);
        var spec = new ClientSpec(
            ns,
            clientName,
            optionsName,
            exceptionName,
            runtimeName,
            ns,
            input.Path,
            document.Info?.Title,
            document.Info?.Description,
            ServerAddress(document),
            apiKey,
            modelTypes.ToEquatableArray(),
            modelOperations.ToEquatableArray(),
            RequestShapes.Of(modelTypes));
        return new ModelResult(spec, diagnostics.Distinct().ToEquatableArray());
    }

    /// <summary>
    /// The spec's path as the generated metadata shows it: relative to the project directory (with '/', <c>../</c> when
    /// it is outside), else its file name, so that generated text never depends on where the clone is.
    /// </summary>
    private static string DisplayPath(SpecInput input)
    {
        var path = input.Path.Replace('\\', '/').Split(['/'], StringSplitOptions.RemoveEmptyEntries);
        if (input.ProjectDirectory is not { Length: > 0 } directory || !System.IO.Path.IsPathRooted(input.Path))
        {
            return path.Length == 0 ? input.Path : path[path.Length - 1];
        }

        var root = directory.Replace('\\', '/').Split(['/'], StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < root.Length && common < path.Length - 1 && string.Equals(root[common], path[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        return string.Join("/", Enumerable.Repeat("..", root.Length - common).Concat(path.Skip(common)));
    }

    private static (ApiKeySpec? ApiKey, string? SchemeName) FindApiKey(OpenApiDocument document)
    {
        if (document.Components?.SecuritySchemes is not { } schemes)
        {
            return (null, null);
        }

        foreach (var pair in schemes)
        {
            if (pair.Value.Type == SecuritySchemeType.ApiKey && pair.Value.In == ParameterLocation.Header && pair.Value.Name is { Length: > 0 } header)
            {
                return (new ApiKeySpec(header, pair.Value.Description?.Trim()), pair.Key);
            }
        }

        return (null, null);
    }

    private static string? ServerAddress(OpenApiDocument document)
    {
        if (document.Servers is not { Count: > 0 } servers || servers[0].Url is not { Length: > 0 } url)
        {
            return null;
        }

        if (servers[0].Variables is { } variables)
        {
            foreach (var variable in variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
            }
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;
    }
}
