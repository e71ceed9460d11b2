using System.Collections.Immutable;
using System.Globalization;
using Formbricks.Contracts.Generator.Common;
using Formbricks.Contracts.Generator.Diagnostics;
using Formbricks.Contracts.Generator.Model;
using Microsoft.OpenApi;
using JsonPointer = Formbricks.Contracts.OpenApi.SourceMapping.JsonPointer;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>Maps the spec's operations to client methods: names, parameters, bodies, responses, errors, paging.</summary>
internal sealed class OperationMapper(ParseContext context, SchemaMapper schemas, NameScope members, string? apiKeyScheme, bool documentUsesApiKey)
{
    private static readonly ImmutableArray<HttpMethod> MethodOrder =
    [
        HttpMethod.Get, HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Head, new HttpMethod("PATCH"), HttpMethod.Trace,
    ];

    private readonly Dictionary<string, TypeRef> _sharedResponses = new(StringComparer.Ordinal);

    public List<OperationSpec> MapAll(OpenApiDocument document)
    {
        var operations = new List<(OpenApiOperation Operation, string Method, string Path, IOpenApiPathItem Item, string Pointer, string Name)>();
        if (document.Paths is null)
        {
            return [];
        }

        // Names first (operations before companions), so that a later operation never renames an earlier one.
        foreach (var path in document.Paths)
        {
            if (path.Value.Operations is null)
            {
                continue;
            }

            foreach (var method in MethodOrder)
            {
                if (!path.Value.Operations.TryGetValue(method, out var operation))
                {
                    continue;
                }

                var pointer = JsonPointer.Append("/paths", path.Key) + "/" + method.Method.ToLowerInvariant();
                var baseName = operation.OperationId is { Length: > 0 } id ? Identifiers.ToPascalCase(id) : DeriveName(method, path.Key);
                operations.Add((operation, method.Method.ToUpperInvariant(), path.Key, path.Value, pointer, members.Claim(baseName, "Async")));
            }
        }

        var result = new List<OperationSpec>();
        foreach (var (operation, method, path, item, pointer, name) in operations)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            result.Add(Map(operation, method, path, item, pointer, name));
        }

        return result;
    }

    /// <summary><c>GET /v2/surveys/{id}</c> → <c>GetV2SurveysById</c>.</summary>
    private static string DeriveName(HttpMethod method, string path)
    {
        var name = Identifiers.ToPascalCase(method.Method.ToLowerInvariant());
        foreach (var segment in path.Split(['/'], StringSplitOptions.RemoveEmptyEntries))
        {
            name += segment.StartsWith("{", StringComparison.Ordinal) ? "By" + Identifiers.ToPascalCase(segment.Trim('{', '}')) : Identifiers.ToPascalCase(segment);
        }

        return name;
    }

    private OperationSpec Map(OpenApiOperation operation, string method, string path, IOpenApiPathItem item, string pointer, string methodName)
    {
        var baseName = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - 5) : methodName;
        var scope = new NameScope(OperationSpec.GeneratedLocals);
        var parameters = MapParameters(operation, item, pointer, baseName, scope);
        var body = MapBody(operation.RequestBody, pointer + "/requestBody", baseName, scope);
        var (response, errors) = MapResponses(operation.Responses, pointer + "/responses", baseName);
        var usesApiKey = operation.Security is { } security
            ? apiKeyScheme is not null && security.Any(r => r.Keys.Any(k => k.Reference?.Id == apiKeyScheme))
            : documentUsesApiKey;
        var spec = new OperationSpec(
            methodName, method, path, Clean(operation.Summary), Clean(operation.Description), operation.Deprecated || OperationMetadata.Sunset(operation) is not null, usesApiKey,
            parameters.ToEquatableArray(), body, response, errors.ToEquatableArray(), null, OperationMetadata.Read(context, operation, pointer));
        return spec with { Pagination = Paging.Detect(spec, schemas, members) };
    }

    private List<ParameterSpec> MapParameters(OpenApiOperation operation, IOpenApiPathItem item, string pointer, string baseName, NameScope scope)
    {
        // Path-level parameters apply unless the operation redefines the same name and location; a redefinition takes
        // the place of the parameter it overrides, and the operation's other parameters follow in their order.
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        var own = operation.Parameters ?? [];
        var shared = item.Parameters ?? [];
        var placed = new bool[own.Count];
        var itemPointer = pointer.Substring(0, pointer.LastIndexOf('/')) + "/parameters/";
        for (var i = 0; i < shared.Count; i++)
        {
            var match = -1;
            for (var j = 0; j < own.Count && match < 0; j++)
            {
                match = own[j].Name == shared[i].Name && own[j].In == shared[i].In ? j : -1;
            }

            if (match < 0)
            {
                merged.Add((shared[i], itemPointer + i.ToString(CultureInfo.InvariantCulture)));
            }
            else if (!placed[match])
            {
                placed[match] = true;
                merged.Add((own[match], pointer + "/parameters/" + match.ToString(CultureInfo.InvariantCulture)));
            }
        }

        for (var j = 0; j < own.Count; j++)
        {
            if (!placed[j])
            {
                merged.Add((own[j], pointer + "/parameters/" + j.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var result = new List<ParameterSpec>();
        foreach (var (parameter, parameterPointer) in merged)
        {
            if (parameter.Name is not { Length: > 0 } wire || parameter.In is not { } location)
            {
                continue;
            }

            ParameterLocationSpec target;
            switch (location)
            {
                case ParameterLocation.Path: target = ParameterLocationSpec.Path; break;
                case ParameterLocation.Query: target = ParameterLocationSpec.Query; break;
                case ParameterLocation.Header: target = ParameterLocationSpec.Header; break;
                default:
                    context.Report(DiagnosticCatalog.UnsupportedConstruct, parameterPointer, $"A {location.ToString().ToLowerInvariant()} parameter ('{wire}')", "it is left out of the method");
                    continue;
            }

            TypeRef type;
            if (parameter.Schema is null)
            {
                type = new TypeRef(TypeKind.String);
            }
            else if (target != ParameterLocationSpec.Query && schemas.IsObjectLike(parameter.Schema))
            {
                context.Report(DiagnosticCatalog.UnsupportedConstruct, parameterPointer, $"An object schema for the {target.ToString().ToLowerInvariant()} parameter '{wire}'", "it is sent as a string (path and header parameters may be primitives, enums and arrays of them)");
                type = new TypeRef(TypeKind.String);
            }
            else
            {
                // (A format: binary parameter is text: MultipartFiles keeps files only in multipart bodies.)
                type = schemas.Map(parameter.Schema, baseName + Identifiers.ToPascalCase(wire), parameterPointer + "/schema");
            }

            var required = parameter.Required || target == ParameterLocationSpec.Path;
            var schemaPointer = (parameter is OpenApiParameterReference parameterReference && ComponentNames.Of(parameterReference) is { Length: > 0 } componentId ? JsonPointer.Append("/components/parameters", componentId) : parameterPointer) + "/schema";
            var name = scope.Claim(Identifiers.ToCamelCase(wire));
            result.Add(new ParameterSpec(
                name, scope.Claim("__" + name.TrimStart('@')), wire, target, type, required, Describe(parameter), DefaultText(parameter.Schema),
                ConstraintReader.Read(context, parameter.Schema, schemaPointer),
                type.IsStructured ? ObjectStyle(parameter) : ObjectQueryStyle.FormExploded));
        }

        return result;
    }

    /// <summary>How an object or map query parameter is written: <c>deepObject</c>, else form with or without <c>explode</c> (on by default).</summary>
    private static ObjectQueryStyle ObjectStyle(IOpenApiParameter parameter) =>
        parameter.Style == ParameterStyle.DeepObject ? ObjectQueryStyle.DeepObject
        : parameter.Explode ? ObjectQueryStyle.FormExploded
        : ObjectQueryStyle.Form;

    private RequestBodySpec? MapBody(IOpenApiRequestBody? body, string pointer, string baseName, NameScope scope)
    {
        if (body?.Content is not { Count: > 0 } content)
        {
            return null;
        }

        // JSON first; else a form or multipart body, whose schema must be an object (its properties are the fields).
        var json = content.FirstOrDefault(c => IsJson(c.Key));
        var isForm = json.Value is null;
        if (isForm)
        {
            json = content.FirstOrDefault(c => IsForm(c.Key) && schemas.IsObjectLike(c.Value.Schema ?? new OpenApiSchema()));
        }

        var bytes = content.FirstOrDefault(c => c.Value?.Schema is { Format: "binary" } or null && !IsJson(c.Key) && !IsForm(c.Key));
        if (json.Value is null && bytes.Key is not null)
        {
            // A body of bytes (application/octet-stream, image/png, …): a Stream sent as it is, with that media type.
            var streamName = scope.Claim("body");
            return new RequestBodySpec(streamName, scope.Claim("__content"), new TypeRef(TypeKind.Stream), body.Required, Clean(body.Description), MediaType(bytes.Key));
        }

        if (json.Value is null)
        {
            context.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, $"A request body without a JSON content type or an object form ({string.Join(", ", content.Keys)})", "the method is generated without a body");
            return null;
        }

        var name = baseName + "Request";
        if (body is OpenApiRequestBodyReference reference && ComponentNames.Of(reference) is { } id)
        {
            name = Identifiers.ToPascalCase(id);
        }

        var type = schemas.Map(json.Value.Schema, name, JsonPointer.Append(pointer + "/content", json.Key) + "/schema");
        if (isForm && type is not { Kind: TypeKind.Named, NamedKind: NamedKind.Object })
        {
            context.Report(DiagnosticCatalog.UnsupportedConstruct, pointer, $"A {Essence(json.Key)} request body whose schema is not one object", "the method is generated without a body");
            return null;
        }

        var bodyName = scope.Claim("body");
        return new RequestBodySpec(bodyName, scope.Claim("__content"), type, body.Required, Clean(body.Description), isForm ? MediaType(json.Key).ToLowerInvariant() : MediaType(json.Key));
    }

    private (TypeRef? Response, List<ErrorResponseSpec> Errors) MapResponses(OpenApiResponses? responses, string pointer, string baseName)
    {
        TypeRef? success = null;
        var successFound = false;
        var errors = new List<ErrorResponseSpec>();
        if (responses is null)
        {
            return (null, errors);
        }

        foreach (var pair in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var isSuccess = pair.Key.StartsWith("2", StringComparison.Ordinal);
            var responsePointer = JsonPointer.Append(pointer, pair.Key);
            if (isSuccess)
            {
                if (!successFound)
                {
                    successFound = true;
                    success = BodyType(pair.Value, baseName + "Response", responsePointer);
                }

                continue;
            }

            if (BodyType(pair.Value, baseName + Identifiers.ToPascalCase(pair.Key) + "Error", responsePointer) is { } errorType)
            {
                errors.Add(new ErrorResponseSpec(string.Equals(pair.Key, "default", StringComparison.OrdinalIgnoreCase) ? "default" : pair.Key.ToUpperInvariant(), errorType));
            }
        }

        return (success, errors);
    }

    private TypeRef? BodyType(IOpenApiResponse response, string name, string pointer)
    {
        var sharedId = (response as OpenApiResponseReference)?.Reference?.Id;
        if (sharedId is not null && _sharedResponses.TryGetValue(sharedId, out var cached))
        {
            return cached;
        }

        if (response.Content is not { Count: > 0 } content || content.FirstOrDefault(c => IsJson(c.Key)) is not { Value: not null } json)
        {
            return null;
        }

        var schemaPointer = JsonPointer.Append(pointer + "/content", json.Key) + "/schema";
        var type = schemas.Map(json.Value.Schema, sharedId is null ? name : Identifiers.ToPascalCase(sharedId) + "Body", schemaPointer);
        if (sharedId is not null)
        {
            _sharedResponses[sharedId] = type;
        }

        return type;
    }

    /// <summary>
    /// The media type alone, what the generated <c>MediaTypeHeaderValue</c> accepts: <c>application/json; charset=utf-8</c>
    /// gives <c>application/json</c> (the client always adds <c>charset=utf-8</c>), and <c>*/*</c>, which is no content
    /// type to send, <c>application/json</c>.
    /// </summary>
    private static string MediaType(string contentType)
    {
        var media = Essence(contentType);
        return media == "*/*" ? "application/json" : media;
    }

    /// <summary><c>application/x-www-form-urlencoded</c> or <c>multipart/form-data</c>.</summary>
    private static bool IsForm(string contentType) =>
        Essence(contentType) is var media
        && (media.Equals(RequestBodySpec.FormContentType, StringComparison.OrdinalIgnoreCase) || media.Equals(RequestBodySpec.MultipartContentType, StringComparison.OrdinalIgnoreCase));

    private static bool IsJson(string contentType)
    {
        var media = Essence(contentType);
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || media == "*/*";
    }

    /// <summary>The media type of a content key without its parameters: <c>application/json; charset=utf-8</c> → <c>application/json</c>.</summary>
    private static string Essence(string contentType) => contentType.Split(';')[0].Trim();

    private static string? DefaultText(IOpenApiSchema? schema)
    {
        if (schema?.Default is not { } node || JsonNodes.IsNull(node) || node.GetValueKind() is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array)
        {
            return null;
        }

        return JsonNodes.AsString(node) ?? node.ToJsonString();
    }

    /// <summary>
    /// The parameter's description, else its schema's; the schema's when it says the same and more (the canonical
    /// spec's <c>expirationDays</c> adds why one route takes fractional days and the other whole ones).
    /// </summary>
    private static string? Describe(IOpenApiParameter parameter)
    {
        var own = Clean(parameter.Description);
        var schema = Clean(parameter.Schema?.Description);
        return own is null || (schema is not null && schema.Length > own.Length && schema.StartsWith(own, StringComparison.Ordinal)) ? schema : own;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
