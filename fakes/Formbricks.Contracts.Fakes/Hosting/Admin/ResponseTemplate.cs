using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>A request as the mapping matchers and response templates see it: the HTTP request and its body, read once.</summary>
internal sealed record StubRequest(HttpRequest Http, RequestBody Body);

/// <summary>
/// The basics of WireMock's Handlebars response templates, in a text of the response (body, JSON body string values,
/// header values): <c>{{request.path}}</c>, <c>{{request.method}}</c>, <c>{{request.query.x}}</c>,
/// <c>{{request.headers.x}}</c> (also <c>.[x-name]</c>), <c>{{request.body}}</c>, and a JSONPath into the body as Java
/// WireMock (<c>{{jsonPath request.body '$.x'}}</c>) or WireMock.Net (<c>{{JsonPath.SelectToken request.body '$.x'}}</c>)
/// spells it. <c>{{…}}</c> is HTML-escaped as Handlebars does (WireMock.Net's JSONPath helper excepted, as there),
/// <c>{{{…}}}</c> is not. Any other expression is refused when the mapping is posted.
/// </summary>
internal sealed partial class ResponseTemplate
{
    private readonly Func<StubRequest, string>[] _parts;

    private ResponseTemplate(Func<StubRequest, string>[] parts) => _parts = parts;

    public string Render(StubRequest request)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part(request));
        }

        return text.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as a template; <paramref name="javaEscaping"/> escapes as Handlebars.java does
    /// (<c>&amp; &lt; &gt; " ' ` =</c>), else as Handlebars.Net (<c>&amp; &lt; &gt; "</c>).
    /// </summary>
    public static ResponseTemplate Parse(string text, bool javaEscaping, string where)
    {
        var parts = new List<Func<StubRequest, string>>();
        var at = 0;
        foreach (Match match in Expression().Matches(text))
        {
            var literal = text[at..match.Index];
            parts.Add(_ => literal);
            var raw = match.Groups["raw"].Success;
            parts.Add(Value((raw ? match.Groups["raw"] : match.Groups["escaped"]).Value.Trim(), escape: !raw, javaEscaping, where));
            at = match.Index + match.Length;
        }

        var rest = text[at..];
        if (rest.Contains("{{", StringComparison.Ordinal))
        {
            throw new AdminException($"{where}: a '{{{{' is not closed in the template: {text}");
        }

        parts.Add(_ => rest);
        return new ResponseTemplate([.. parts]);
    }

    /// <summary>An expression's value, escaped when <paramref name="escape"/> (but see <see cref="NetJsonPathText"/>).</summary>
    private static Func<StubRequest, string> Value(string expression, bool escape, bool java, string where)
    {
        if (JsonPathHelper().Match(expression) is { Success: true } helper)
        {
            var query = JsonPathQuery.Parse(helper.Groups["path"].Value, where);
            return r => r.Body.Json is { } json && query.Select(json) is [var token, ..]
                ? java ? Escaped(JsonPathQuery.TextOf(token), escape, java) : NetJsonPathText(token)
                : "";
        }

        var value = RequestValue(expression, where);
        return r => Escaped(value(r), escape, java);
    }

    /// <summary>
    /// What WireMock.Net's <c>JsonPath.SelectToken</c> writes: the selected value's .NET text (<c>True</c>, a number
    /// as a double, an object or array as indented JSON), never HTML-escaped.
    /// </summary>
    private static string NetJsonPathText(JToken token) => token switch
    {
        JValue { Value: null } => "",
        JValue { Value: decimal number } => ((double)number).ToString(CultureInfo.InvariantCulture),
        JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "",
        _ => token.ToString(),
    };

    private static Func<StubRequest, string> RequestValue(string expression, string where)
    {
        var name = expression.StartsWith("request.", StringComparison.Ordinal) ? expression["request.".Length..] : null;
        switch (name)
        {
            case "path":
                return r => r.Http.Path.Value ?? "/";
            case "method":
                return r => r.Http.Method;
            case "body":
                return r => r.Body.Text;
        }

        if (NamedValue().Match(name ?? "") is { Success: true } named)
        {
            var key = named.Groups["name"].Value;
            return named.Groups["kind"].Value == "query"
                ? r => r.Http.Query.TryGetValue(key, out var v) ? v.FirstOrDefault() ?? "" : ""
                : r => r.Http.Headers.TryGetValue(key, out var v) ? v.FirstOrDefault() ?? "" : "";
        }

        throw new AdminException(
            $"{where}: the template expression '{{{{{expression}}}}}' is not supported (supported: request.path, request.method, request.query.NAME, " +
            "request.headers.NAME, request.body, jsonPath request.body '$…', JsonPath.SelectToken request.body '$…')");
    }

    private static string Escaped(string text, bool escape, bool java)
    {
        if (!escape)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' when java => "&#x27;",
                '`' when java => "&#x60;",
                '=' when java => "&#x3D;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    [GeneratedRegex(@"\{\{\{(?<raw>.*?)\}\}\}|\{\{(?<escaped>.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"^(?:jsonPath|JsonPath\.SelectToken)\s+request\.body\s+(?:'(?<path>[^']*)'|""(?<path>[^""]*)"")$")]
    private static partial Regex JsonPathHelper();

    [GeneratedRegex(@"^(?<kind>query|headers)\.(?:\[(?<name>[^\]]+)\]|(?<name>[^.\s\[\]]+))$")]
    private static partial Regex NamedValue();
}
