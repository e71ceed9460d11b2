using System.Globalization;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Emits the typed client: construction, the base address, and one async method per operation.</summary>
internal static class ClientEmitter
{
    public static string Emit(ClientSpec client)
    {
        var ns = client.Namespace;
        var w = EmitHelpers.StartFile(ns);
        var title = string.IsNullOrWhiteSpace(client.Title) ? "the API" : EmitHelpers.Escape(client.Title!);
        EmitHelpers.Summary(w, null, $"A typed client for {title}, generated from its OpenAPI document.", client.Description);
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"public sealed partial class {client.ClientName}");
        EmitConstruction(w, client);
        MetadataEmitter.Operations(w, client);
        foreach (var operation in client.Operations)
        {
            OperationEmitter.Emit(w, client, operation);
            if (operation.Pagination is not null)
            {
                PaginationEmitter.Emit(w, client, operation);
            }
        }

        EmitSend(w, client);
        w.Close();
        return EmitHelpers.EndFile(w);
    }

    private static void EmitConstruction(SourceWriter w, ClientSpec client)
    {
        var options = "global::" + client.Namespace + "." + client.OptionsName;
        w.Line("private readonly global::System.Net.Http.HttpClient _httpClient;");
        w.Line($"private readonly {options} _options;");
        w.Line();
        if (client.DefaultBaseAddress is { } address)
        {
            w.Line($"/// <summary>The base address the spec's <c>servers</c> name first: <c>{EmitHelpers.Escape(address)}</c>.</summary>");
            w.Line($"public static global::System.Uri? DefaultBaseAddress {{ get; }} = new global::System.Uri({JsonCode.Literal(address)}, global::System.UriKind.Absolute);");
        }
        else
        {
            w.Line("/// <summary>The spec names no absolute server address, so a base address must be set.</summary>");
            w.Line("public static global::System.Uri? DefaultBaseAddress => null;");
        }

        w.Line();
        w.Line("/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        w.Line("/// <param name=\"httpClient\">The HTTP client; its <c>BaseAddress</c>, when set, is the API's base address.</param>");
        w.Line($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient)");
        w.Line($"    : this(httpClient, new {options}())");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        w.Line("/// <param name=\"httpClient\">The HTTP client.</param>");
        w.Line("/// <param name=\"options\">The base address and credentials.</param>");
        w.Line($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient, {options} options)");
        w.Open();
        w.Line("_httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
        w.Line("_options = options ?? throw new global::System.ArgumentNullException(nameof(options));");
        w.Close();
        w.Line();
        w.Line("/// <summary>The address the spec's paths are appended to: the options' base address, else the HTTP client's, else <see cref=\"DefaultBaseAddress\"/>.</summary>");
        w.Line("public global::System.Uri BaseAddress => _options.BaseAddress ?? _httpClient.BaseAddress ?? DefaultBaseAddress");
        w.Line($"    ?? throw new global::System.InvalidOperationException(\"No base address: set {client.OptionsName}.BaseAddress or HttpClient.BaseAddress.\");");
        w.Line();
    }

    private static void EmitSend(SourceWriter w, ClientSpec client)
    {
        var exception = "global::" + client.Namespace + "." + client.ExceptionName;
        w.Open("private global::System.Uri CreateUri(string path, global::System.Text.StringBuilder? query)");
        w.Line("var baseAddress = BaseAddress.AbsoluteUri;");
        w.Line("var uri = (baseAddress.EndsWith(\"/\", global::System.StringComparison.Ordinal) ? baseAddress.Substring(0, baseAddress.Length - 1) : baseAddress) + path;");
        w.Line("return new global::System.Uri(query is null ? uri : uri + query.ToString(), global::System.UriKind.Absolute);");
        w.Close();
        w.Line();
        var runtime = "global::" + client.Namespace + "." + client.RuntimeName;
        w.Line("// Streams: the headers come first, a success body is read into a pooled buffer that the runtime's Deserialize");
        w.Line("// returns, an error body is read up to the runtime's MaxErrorBodyBytes for the exception.");
        w.Open($"private async global::System.Threading.Tasks.Task<{runtime}.ResponseBody> SendAsync(global::System.Net.Http.HttpRequestMessage request, string pathTemplate, bool useApiKey, global::System.Func<int, byte[], object?>? readError, global::System.Threading.CancellationToken cancellationToken)");
        if (client.ApiKey is { } apiKey)
        {
            w.Line("if (useApiKey && !string.IsNullOrEmpty(_options.ApiKey))");
            w.Open();
            w.Line($"request.Headers.TryAddWithoutValidation({JsonCode.Literal(apiKey.HeaderName)}, _options.ApiKey);");
            w.Close();
            w.Line();
        }

        w.Line("request.Headers.TryAddWithoutValidation(\"Accept\", \"application/json\");");
        w.Line("using var response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);");
        w.Line("if (response.IsSuccessStatusCode)");
        w.Open();
        w.Line($"return await {runtime}.ReadBodyAsync(response.Content, int.MaxValue, cancellationToken).ConfigureAwait(false);");
        w.Close();
        w.Line();
        w.Line($"var body = await {runtime}.ReadErrorBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);");
        w.Line("var status = (int)response.StatusCode;");
        w.Line("var error = readError is null || body.Length == 0 ? null : readError(status, body);");
        w.Line($"throw new {exception}(request.Method.Method, pathTemplate, response.StatusCode, error, global::System.Text.Encoding.UTF8.GetString(body));");
        w.Close();
    }

    /// <summary>
    /// The expression for an operation's HTTP method: one of the static <c>HttpMethod</c> instances (no allocation per
    /// call), a new instance only for a method <c>HttpMethod</c> has no property for.
    /// </summary>
    public static string MethodExpression(string method) => method.ToUpperInvariant() switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        _ => $"new global::System.Net.Http.HttpMethod({JsonCode.Literal(method)})",
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
