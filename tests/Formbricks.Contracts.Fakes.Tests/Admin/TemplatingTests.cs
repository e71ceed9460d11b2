using System.Net;
using System.Text;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>
/// The response templating basics over real HTTP: WireMock.Net's <c>UseTransformer</c> and Java WireMock's
/// <c>response-template</c> transformer fill request values into bodies, JSON bodies and headers; unsupported
/// expressions and transformers are refused when posted; without templating, braces stay as written.
/// </summary>
public sealed class TemplatingTests
{
    [Fact]
    public async Task WireMock_Net_UseTransformer_fills_path_query_headers_body_and_a_JSONPath_into_the_body_and_headers()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """
            {"Request": {"Path": "/stub/echo/*"},
             "Response": {"UseTransformer": true, "Headers": {"x-path": "{{request.path}}"},
                          "Body": "{{request.method}} {{request.path}} q={{request.query.q}} t={{request.headers.x-trace}} n={{JsonPath.SelectToken request.body '$.user.name'}} raw={{{request.body}}} esc={{request.body}}"}}
            """);

        var (status, body, headers) = await SendAsync(fake, "/stub/echo/1?q=find+me", """{"user": {"name": "Ann"}}""", "abc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""POST /stub/echo/1 q=find me t=abc n=Ann raw={"user": {"name": "Ann"}} esc={&quot;user&quot;: {&quot;name&quot;: &quot;Ann&quot;}}""", body);
        Assert.Equal("/stub/echo/1", headers["x-path"]);
    }

    [Fact]
    public async Task Java_response_template_fills_a_jsonBody_escaping_as_Handlebars_java_does()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """
            {"request": {"method": "POST", "urlPath": "/stub/users"},
             "response": {"status": 201, "transformers": ["response-template"],
                          "jsonBody": {"id": 7, "name": "{{jsonPath request.body '$.name'}}", "tags": ["{{{jsonPath request.body '$.tags'}}}", "fixed"],
                                       "missing": "{{jsonPath request.body '$.nope'}}", "trace": "{{request.headers.[X-Trace]}}"}}}
            """);

        var (status, body, headers) = await SendAsync(fake, "/stub/users", """{"name": "O'Neil <x>", "tags": ["a", "b"]}""", "t=1");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("application/json", headers["Content-Type"]);
        Assert.Equal("""{"id":7,"name":"O&#x27;Neil &lt;x&gt;","tags":["[\"a\",\"b\"]","fixed"],"missing":"","trace":"t&#x3D;1"}""", body);
    }

    [Fact]
    public async Task Without_templating_braces_stay_as_written()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """{"Request": {"Path": "/stub/plain"}, "Response": {"Body": "{{request.path}} {{now}}"}}""");

        Assert.Equal("{{request.path}} {{now}}", (await SendAsync(fake, "/stub/plain", "", null)).Body);
    }

    [Theory]
    [InlineData("""{"Request": {}, "Response": {"UseTransformer": true, "Body": "{{now}}"}}""", "Response.Body: the template expression '{{now}}' is not supported")]
    [InlineData("""{"Request": {}, "Response": {"UseTransformer": true, "Headers": {"x": "{{request.cookies.a}}"}}}""", "Response.Headers.x: the template expression '{{request.cookies.a}}'")]
    [InlineData("""{"Request": {}, "Response": {"UseTransformer": true, "BodyAsJson": {"a": ["{{randomValue}}"]}}}""", "Response.BodyAsJson: the template expression '{{randomValue}}'")]
    [InlineData("""{"Request": {}, "Response": {"UseTransformer": true, "Body": "{{request.path"}}""", "is not closed")]
    [InlineData("""{"Request": {}, "Response": {"UseTransformer": true, "TransformerType": "Scriban", "Body": "x"}}""", "Response.TransformerType: 'Scriban' is not supported")]
    [InlineData("""{"request": {}, "response": {"transformers": ["response-template", "my-transformer"], "body": "x"}}""", "response.transformers: '\"my-transformer\"' is not supported")]
    [InlineData("""{"request": {}, "response": {"transformers": ["response-template"], "body": "{{jsonPath request.body 'a'}}"}}""", "a JSONPath expression starts with '$'")]
    public async Task An_unsupported_template_is_refused_naming_the_field(string mapping, string message)
    {
        await using var fake = await AdminServer.StartAsync();

        await fake.AssertRefusedAsync(mapping, message);
    }

    private static async Task<(HttpStatusCode Status, string Body, Dictionary<string, string> Headers)> SendAsync(
        AdminServer fake, string pathAndQuery, string body, string? trace)
    {
        using var request = new HttpRequestMessage(body.Length == 0 ? HttpMethod.Get : HttpMethod.Post, new Uri(fake.Server.Url, pathAndQuery));
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (trace is not null)
        {
            request.Headers.Add("X-Trace", trace);
        }

        using var response = await fake.Api.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return (response.StatusCode, text, headers);
    }
}
