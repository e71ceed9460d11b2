namespace Formbricks.Contracts.Drift.Tests;

/// <summary>
/// A small OpenAPI document, in 3.0 or 3.1, with one slot per place a schema is used (query parameter, request body,
/// request property, response body, response property) and switches for the operation-level rules. Schemas are YAML flow
/// mappings; <c>$N(string)</c> is a nullable string and <c>$XMIN(5)</c>/<c>$XMAX(5)</c> an exclusive bound, each spelled
/// as its version spells it.
/// </summary>
internal sealed record TestDocument(string Version)
{
    public string Param { get; init; } = "{type: integer}";

    public string RequestBody { get; init; } = "{type: object, properties: {name: $REQPROP}}";

    public string RequestProperty { get; init; } = "{type: string}";

    public string ResponseBody { get; init; } = "{type: object, required: [name], properties: {name: $RESPPROP}}";

    public string ResponseProperty { get; init; } = "{type: string}";

    public string ExtraParameters { get; init; } = string.Empty;

    public string PathParameterName { get; init; } = "id";

    public string Server { get; init; } = "https://api.example.com/v1";

    public string PathPrefix { get; init; } = string.Empty;

    public bool HasDelete { get; init; } = true;

    public string DeleteExtras { get; init; } = string.Empty;

    public bool HasOtherPath { get; init; } = true;

    public string OtherPathExtras { get; init; } = string.Empty;

    public bool RequestBodyRequired { get; init; }

    public bool HasRequestBody { get; init; } = true;

    public string RequestMediaTypes { get; init; } = "application/json";

    public string ResponseStatus { get; init; } = "'200'";

    public string ResponseMediaTypes { get; init; } = "application/json";

    public string ErrorStatus { get; init; } = "'404': {description: missing}";

    /// <summary>The success response's headers, as flow-mapping entries (<c>X-Rate: {schema: {type: integer}}</c>).</summary>
    public string ResponseHeaders { get; init; } = string.Empty;

    public string Security { get; init; } = string.Empty;

    public static TestDocument V30 => new("3.0.3");

    public static TestDocument V31 => new("3.1.0");

    public bool Is31 => Version.StartsWith("3.1", StringComparison.Ordinal);

    public string Text()
    {
        var requestContent = string.Join(", ", RequestMediaTypes.Split(',').Select(m => $"{m.Trim()}: {{schema: {RequestBody}}}"));
        var responseContent = string.Join(", ", ResponseMediaTypes.Split(',').Select(m => $"{m.Trim()}: {{schema: {ResponseBody}}}"));
        var body = HasRequestBody ? $"\n      requestBody: {{required: {(RequestBodyRequired ? "true" : "false")}, content: {{{requestContent}}}}}" : string.Empty;
        var delete = HasDelete ? $"\n    delete:\n      operationId: deleteItem{DeleteExtras}\n      responses: {{'204': {{description: gone}}}}" : string.Empty;
        var other = HasOtherPath ? $"\n  {PathPrefix}/others:\n    get:\n      operationId: listOthers{OtherPathExtras}\n      responses: {{'200': {{description: ok}}}}" : string.Empty;
        var security = Security.Length > 0 ? "\n      security: " + Security : string.Empty;
        var text = """
            openapi: @Version@
            info: {title: test, version: '1'}
            servers: [{url: '@Server@'}]
            paths:
              @PathPrefix@/items/{@PathParameterName@}:
                post:
                  operationId: updateItem
                  parameters:
                    - {name: @PathParameterName@, in: path, required: true, schema: {type: string}}
                    - {name: limit, in: query, schema: @Param@}@ExtraParameters@@body@@security@
                  responses:
                    @ResponseStatus@: {description: ok@headers@, content: {@responseContent@}}
                    @ErrorStatus@@delete@@other@
            components:
              schemas:
                A: {type: object, required: [kind, type], properties: {kind: {type: string}, type: {type: string}, a: {type: string}}}
                B: {type: object, required: [kind, type], properties: {kind: {type: string}, type: {type: string}, b: {type: string}}}
                C: {type: object, required: [kind, type], properties: {kind: {type: string}, type: {type: string}, c: {type: string}}}
                Node: {type: object, properties: {name: {type: string}, children: {type: array, items: {$ref: '#/components/schemas/Node'}}}}
              securitySchemes:
                apiKey: {type: apiKey, in: header, name: x-api-key}
                bearer: {type: http, scheme: bearer}
            """;
        text = text.Replace("@Version@", Version, StringComparison.Ordinal);
        text = text.Replace("@Server@", Server, StringComparison.Ordinal);
        text = text.Replace("@PathPrefix@", PathPrefix, StringComparison.Ordinal);
        text = text.Replace("@PathParameterName@", PathParameterName, StringComparison.Ordinal);
        text = text.Replace("@Param@", Param, StringComparison.Ordinal);
        text = text.Replace("@ExtraParameters@", ExtraParameters, StringComparison.Ordinal);
        text = text.Replace("@body@", body, StringComparison.Ordinal);
        text = text.Replace("@security@", security, StringComparison.Ordinal);
        text = text.Replace("@ResponseStatus@", ResponseStatus, StringComparison.Ordinal);
        text = text.Replace("@responseContent@", responseContent, StringComparison.Ordinal);
        text = text.Replace("@headers@", ResponseHeaders.Length > 0 ? ", headers: {" + ResponseHeaders + "}" : string.Empty, StringComparison.Ordinal);
        text = text.Replace("@ErrorStatus@", ErrorStatus, StringComparison.Ordinal);
        text = text.Replace("@delete@", delete, StringComparison.Ordinal);
        text = text.Replace("@other@", other, StringComparison.Ordinal);
        text = text.Replace("$REQPROP", RequestProperty, StringComparison.Ordinal).Replace("$RESPPROP", ResponseProperty, StringComparison.Ordinal);
        return Spell(text);
    }

    private string Spell(string text)
    {
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\$N\((\w+)\)", m => Is31 ? $"type: [{m.Groups[1].Value}, 'null']" : $"type: {m.Groups[1].Value}, nullable: true");
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\$XMIN\(([\d.]+)\)", m => Is31 ? $"exclusiveMinimum: {m.Groups[1].Value}" : $"minimum: {m.Groups[1].Value}, exclusiveMinimum: true");
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\$XMAX\(([\d.]+)\)", m => Is31 ? $"exclusiveMaximum: {m.Groups[1].Value}" : $"maximum: {m.Groups[1].Value}, exclusiveMaximum: true");
        return text;
    }
}
