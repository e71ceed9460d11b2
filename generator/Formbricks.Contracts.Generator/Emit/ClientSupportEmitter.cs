using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Emits the client's options class and its exception type.</summary>
internal static class ClientSupportEmitter
{
    public static string EmitOptions(ClientSpec client)
    {
        var w = EmitHelpers.StartFile(client.Namespace);
        w.Line($"/// <summary>Settings of <see cref=\"{client.ClientName}\"/>.</summary>");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"public sealed partial class {client.OptionsName}");
        w.Line("/// <summary>");
        w.Line("/// The API's base address (the spec's paths are appended to it). When null, the <c>HttpClient</c>'s");
        w.Line($"/// <c>BaseAddress</c> is used, then <see cref=\"{client.ClientName}.DefaultBaseAddress\"/>.");
        w.Line("/// </summary>");
        w.Line("public global::System.Uri? BaseAddress { get; set; }");
        if (client.ApiKey is { } apiKey)
        {
            w.Line();
            w.Line("/// <summary>");
            w.Line($"/// The API key, sent in the <c>{EmitHelpers.Escape(apiKey.HeaderName)}</c> header of every operation that needs it.");
            if (!string.IsNullOrWhiteSpace(apiKey.Description))
            {
                w.Line("/// " + EmitHelpers.DocText(apiKey.Description, string.Empty));
            }

            w.Line("/// It never appears in exceptions or in <see cref=\"ToString\"/>.");
            w.Line("/// </summary>");
            w.Line("public string? ApiKey { get; set; }");
            w.Line();
            w.Line("/// <summary>Describes the settings, with the API key masked.</summary>");
            w.Line("/// <returns>A description safe to log.</returns>");
            w.Line("public override string ToString() => \"BaseAddress = \" + (BaseAddress?.ToString() ?? \"(default)\") + \", ApiKey = \" + (string.IsNullOrEmpty(ApiKey) ? \"(none)\" : \"***\");");
        }

        w.Close();
        return EmitHelpers.EndFile(w);
    }

    public static string EmitException(ClientSpec client)
    {
        var w = EmitHelpers.StartFile(client.Namespace);
        w.Line("/// <summary>");
        w.Line($"/// Thrown by <see cref=\"{client.ClientName}\"/> when the API answers with a status that is not a success.");
        w.Line("/// Carries the status, the error body parsed into the spec's error schema for that status, and the raw body.");
        w.Line("/// </summary>");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"public sealed partial class {client.ExceptionName} : global::System.Exception");
        w.Line("/// <summary>Creates the exception for a failed call.</summary>");
        w.Line("/// <param name=\"method\">The HTTP method.</param>");
        w.Line("/// <param name=\"pathTemplate\">The operation's path in the spec.</param>");
        w.Line("/// <param name=\"statusCode\">The status the API answered with.</param>");
        w.Line("/// <param name=\"error\">The error body, parsed into the spec's schema for that status, or null.</param>");
        w.Line("/// <param name=\"rawBody\">The body as received.</param>");
        w.Line($"public {client.ExceptionName}(string method, string pathTemplate, global::System.Net.HttpStatusCode statusCode, object? error, string rawBody)");
        w.Line("    : base(CreateMessage(method, pathTemplate, statusCode, rawBody))");
        w.Open();
        w.Line("Method = method;");
        w.Line("PathTemplate = pathTemplate;");
        w.Line("StatusCode = statusCode;");
        w.Line("Error = error;");
        w.Line("RawBody = rawBody;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The HTTP method of the failed call.</summary>");
        w.Line("public string Method { get; }");
        w.Line();
        w.Line("/// <summary>The operation's path as the spec writes it (no ids, no query).</summary>");
        w.Line("public string PathTemplate { get; }");
        w.Line();
        w.Line("/// <summary>The status the API answered with.</summary>");
        w.Line("public global::System.Net.HttpStatusCode StatusCode { get; }");
        w.Line();
        w.Line("/// <summary>The status as a number.</summary>");
        w.Line("public int Status => (int)StatusCode;");
        w.Line();
        w.Line("/// <summary>The error body parsed into the schema the spec declares for this status; null when it declares none or the body does not fit.</summary>");
        w.Line("public object? Error { get; }");
        w.Line();
        w.Line("/// <summary>The body exactly as received.</summary>");
        w.Line("public string RawBody { get; }");
        w.Line();
        w.Line("/// <summary>The parsed error body as <typeparamref name=\"TError\"/>, when it is one.</summary>");
        w.Line("/// <typeparam name=\"TError\">An error schema type of the spec.</typeparam>");
        w.Line("/// <param name=\"error\">The error body.</param>");
        w.Line("/// <returns>True when the body was parsed as <typeparamref name=\"TError\"/>.</returns>");
        w.Line("public bool TryGetError<TError>([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TError? error)");
        w.Line("    where TError : class");
        w.Open();
        w.Line("error = Error as TError;");
        w.Line("return error is not null;");
        w.Close();
        w.Line();
        w.Open("private static string CreateMessage(string method, string pathTemplate, global::System.Net.HttpStatusCode statusCode, string rawBody)");
        w.Line("var body = rawBody.Length > 512 ? rawBody.Substring(0, 512) + \"…\" : rawBody;");
        w.Line("return method + \" \" + pathTemplate + \" failed with status \" + ((int)statusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" (\" + statusCode.ToString() + \")\" + (body.Length == 0 ? \".\" : \": \" + body);");
        w.Close();
        w.Close();
        return EmitHelpers.EndFile(w);
    }
}
