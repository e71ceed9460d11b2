using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>
/// Body matchers over real HTTP, in WireMock.Net's format (<c>Request.Body.Matcher</c>) and Java WireMock's
/// (<c>request.bodyPatterns</c>): each one takes a body it describes and leaves one it does not to the fake; bodies the
/// stubs leave still reach the fake whole; unknown matchers are refused when posted.
/// </summary>
public sealed class BodyMatchingTests
{
    private const HttpStatusCode Stubbed = (HttpStatusCode)418;

    public static TheoryData<string, string, string> NetMatchers => new()
    {
        { """{"Name": "ExactMatcher", "Pattern": "hello"}""", "hello", "hello!" },
        { """{"Name": "ExactMatcher", "Pattern": "HELLO", "IgnoreCase": true}""", "hello", "help" },
        { """{"Name": "WildcardMatcher", "Pattern": "hel*o?"}""", "hello!", "xhello!" },
        { """{"Name": "RegexMatcher", "Pattern": "l+o"}""", "say hello there", "say help" },
        { """{"Name": "RegexMatcher", "Pattern": "secret", "RejectOnMatch": true}""", "public", "my secret" },
        { """{"Name": "NotNullOrEmptyMatcher"}""", "x", "" },
        { """{"Name": "JsonMatcher", "Pattern": {"a": 1, "b": ["x", "y"]}}""", """{"b": ["x", "y"], "a": 1}""", """{"a": 1, "b": ["y", "x"]}""" },
        { """{"Name": "JsonMatcher", "Pattern": "{\"a\": 1}"}""", """{"a": 1}""", """{"a": 1, "extra": true}""" },
        { """{"Name": "JsonMatcher", "Pattern": {"Name": "ALICE"}, "IgnoreCase": true}""", """{"name": "alice"}""", """{"name": "bob"}""" },
        { """{"Name": "JsonMatcher", "Pattern": {"a": 1}}""", """{"a": 1}""", "not json" },
        { """{"Name": "JsonPartialMatcher", "Pattern": {"a": {"b": 1}, "list": [{"id": 2}]}}""", """{"a": {"b": 1, "c": 2}, "list": [{"id": 1}, {"id": 2, "x": 3}], "z": 0}""", """{"a": {"b": 2}, "list": [{"id": 2}]}""" },
        { """{"Name": "JsonPartialMatcher", "Pattern": {"a.b": "v"}}""", """{"a": {"b": "v", "c": 1}}""", """{"a": {"b": "w"}}""" },
        { """{"Name": "JsonPartialMatcher", "Pattern": {"name": "ALICE"}, "IgnoreCase": true}""", """{"name": "Alice", "age": 3}""", """{"name": "Alicia"}""" },
        { """{"Name": "JsonPathMatcher", "Pattern": "$.things[?(@.name == 'RequiredThing')]"}""", """{"things": [{"name": "Other"}, {"name": "RequiredThing"}]}""", """{"things": [{"name": "Other"}]}""" },
        { """{"Name": "JsonPathMatcher", "Pattern": "$.things[?(@.name == 'RequiredThing')]"}""", """{"things": {"name": "RequiredThing"}}""", """{"things": {"name": "Other"}}""" },
        { """{"Name": "JsonPathMatcher", "Pattern": "$.a.b[0]"}""", """{"a": {"b": [5]}}""", """{"a": {"b": []}}""" },
        { """{"Name": "JsonPathMatcher", "Patterns": ["$.x", "$.y"], "MatchOperator": "And"}""", """{"x": 1, "y": 2}""", """{"x": 1}""" },
        { """{"Name": "JsonPathMatcher", "Pattern": "$.token", "RejectOnMatch": true}""", """{"user": "a"}""", """{"token": "t"}""" },
    };

    public static TheoryData<string, string, string> JavaPatterns => new()
    {
        { """[{"equalTo": "hello"}]""", "hello", "Hello" },
        { """[{"equalTo": "HELLO", "caseInsensitive": true}]""", "hello", "hello!" },
        { """[{"contains": "ell"}]""", "hello", "help" },
        { """[{"doesNotContain": "secret"}]""", "public", "my secret" },
        { """[{"matches": "h.*o"}]""", "hello", "hello!" },
        { """[{"doesNotMatch": "[0-9]+"}]""", "12a", "123" },
        { """[{"absent": true}]""", "", "x" },
        { """[{"equalToJson": "{\"a\": 1, \"b\": [1, 2]}"}]""", """{"b": [1, 2], "a": 1}""", """{"a": 1, "b": [2, 1]}""" },
        { """[{"equalToJson": {"a": 1, "b": [1, 2]}, "ignoreArrayOrder": true}]""", """{"a": 1, "b": [2, 1]}""", """{"a": 1, "b": [1, 2, 3]}""" },
        { """[{"equalToJson": {"a": 1, "b": [1, 2]}, "ignoreExtraElements": true}]""", """{"a": 1, "b": [1, 2, 3], "c": 0}""", """{"a": 1, "b": [2, 1]}""" },
        { """[{"equalToJson": {"b": [1, 2]}, "ignoreArrayOrder": true, "ignoreExtraElements": true}]""", """{"b": [3, 2, 1], "a": 1}""", """{"b": [1, 3]}""" },
        { """[{"equalToJson": {"a": {"b": null}}}]""", """{"a": {"b": null}}""", """{"a": {}}""" },
        { """[{"matchesJsonPath": "$.a.b[0]"}]""", """{"a": {"b": [5]}}""", """{"a": {"b": []}}""" },
        { """[{"matchesJsonPath": "$.a"}]""", """{"a": 0}""", """{"a": null}""" },
        { """[{"matchesJsonPath": "$[?(@.x == 'y')]"}]""", """{"x": "y"}""", """{"x": "z"}""" },
        { """[{"matchesJsonPath": "$.items[?(@.price > 10)]"}]""", """{"items": [{"price": 5}, {"price": 12}]}""", """{"items": [{"price": 5}]}""" },
        { """[{"matchesJsonPath": "$.a[-1:]"}]""", """{"a": [1, 2]}""", """{"a": []}""" },
        { """[{"matchesJsonPath": "$.a[0,2]"}]""", """{"a": [1]}""", """{"a": {"b": 1}}""" },
        { """[{"matchesJsonPath": "$.items[?(@.x =~ /y.*/ && @.p > 1)]"}]""", """{"items": [{"x": "yes", "p": 5}]}""", """{"items": [{"x": "yes", "p": 1}]}""" },
        { """[{"matchesJsonPath": "$..name"}]""", """{"deep": {"er": {"name": "n"}}}""", """{"deep": {}}""" },
        { """[{"matchesJsonPath": {"expression": "$.name", "equalTo": "Alice"}}]""", """{"name": "Alice"}""", """{"name": "Bob"}""" },
        { """[{"matchesJsonPath": {"expression": "$.tags", "contains": "\"b\""}}]""", """{"tags": ["a", "b"]}""", """{"tags": ["a"]}""" },
        { """[{"matchesJsonPath": {"expression": "$.user", "equalToJson": {"id": 1}}}]""", """{"user": {"id": 1}}""", """{"user": {"id": 2}}""" },
        { """[{"contains": "alice"}, {"matchesJsonPath": "$.admin"}]""", """{"name": "alice", "admin": true}""", """{"name": "alice"}""" },
    };

    [Theory]
    [MemberData(nameof(NetMatchers))]
    public async Task A_WireMock_Net_body_matcher_takes_the_bodies_it_describes(string matcher, string taken, string left)
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings",
            $$$"""{"Request": {"Path": "/stub/body", "Methods": ["POST"], "Body": {"Matcher": {{{matcher}}}}}, "Response": {"StatusCode": 418}}""");

        Assert.Equal(Stubbed, await PostAsync(fake, taken));
        Assert.NotEqual(Stubbed, await PostAsync(fake, left));
    }

    [Theory]
    [MemberData(nameof(JavaPatterns))]
    public async Task A_Java_WireMock_body_pattern_takes_the_bodies_it_describes(string patterns, string taken, string left)
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings",
            $$$"""{"request": {"method": "POST", "urlPath": "/stub/body", "bodyPatterns": {{{patterns}}}}, "response": {"status": 418}}""");

        Assert.Equal(Stubbed, await PostAsync(fake, taken));
        Assert.NotEqual(Stubbed, await PostAsync(fake, left));
    }

    [Fact]
    public async Task WireMock_Net_Matchers_are_alternatives_unless_MatchOperator_is_And()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """
            [{"Request": {"Path": "/stub/body", "Body": {"Matchers": [{"Name": "ExactMatcher", "Pattern": "a"}, {"Name": "ExactMatcher", "Pattern": "b"}]}},
              "Response": {"StatusCode": 418}},
             {"Request": {"Path": "/stub/body", "Body": {"MatchOperator": "And",
                          "Matchers": [{"Name": "WildcardMatcher", "Pattern": "x*"}, {"Name": "WildcardMatcher", "Pattern": "*y"}]}},
              "Response": {"StatusCode": 419}}]
            """);

        Assert.Equal(Stubbed, await PostAsync(fake, "a"));
        Assert.Equal(Stubbed, await PostAsync(fake, "b"));
        Assert.Equal((HttpStatusCode)419, await PostAsync(fake, "x-y"));
        Assert.NotEqual((HttpStatusCode)419, await PostAsync(fake, "x-z"));
    }

    [Fact]
    public async Task A_body_no_mapping_takes_reaches_the_fake_whole()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings",
            """{"request": {"method": "POST", "urlPath": "/api/v2/management/surveys", "bodyPatterns": [{"matchesJsonPath": "$[?(@.name == 'stubbed')]"}]}, "response": {"status": 418}}""");
        var name = "Read by the stubs, then by the fake " + new string('x', 70_000);

        var created = await fake.Api.PostJsonAsync("v2/management/surveys", new JsonObject
        {
            ["environmentId"] = fake.Server.Seeded.EnvironmentId, ["name"] = name, ["type"] = "link",
        });
        var stubbed = await fake.Api.PostJsonAsync("v2/management/surveys", new JsonObject { ["name"] = "stubbed" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(name, created.Body!["data"]!["name"]!.GetValue<string>());
        Assert.Equal(Stubbed, stubbed.Status);
        var logged = (await fake.AdminAsync(HttpMethod.Get, "__admin/requests")).AsArray();
        Assert.Equal("stubbed", logged[1]!["Request"]!["BodyAsJson"]!["name"]!.GetValue<string>());
        var found = await fake.AdminAsync(HttpMethod.Post, "__admin/requests/find", """{"Body": {"Matcher": {"Name": "JsonPartialMatcher", "Pattern": {"name": "stubbed"}}}}""");
        Assert.Single(found.AsArray());
    }

    [Theory]
    [InlineData("""{"Request": {"Body": {"Matcher": {"Name": "XPathMatcher", "Pattern": "/a"}}}, "Response": {}}""", "Request.Body.Matcher.Name: matcher 'XPathMatcher' is not supported on a body")]
    [InlineData("""{"Request": {"Body": {"Matchers": [{"Name": "ExactMatcher", "Pattern": "a"}, {"Name": "CSharpCodeMatcher", "Pattern": "x"}]}}, "Response": {}}""", "Request.Body.Matchers[1].Name: matcher 'CSharpCodeMatcher'")]
    [InlineData("""{"Request": {"Body": {"Pattern": "a"}}, "Response": {}}""", "Request.Body needs 'Matcher' (an object) or 'Matchers'")]
    [InlineData("""{"Request": {"Body": {"Matcher": {"Name": "JsonPathMatcher", "Pattern": "a.b"}}}, "Response": {}}""", "a JSONPath expression starts with '$'")]
    [InlineData("""{"Request": {"Body": {"Matcher": {"Name": "JsonPathMatcher", "Pattern": "$.a[?(@.b == 1]"}}}, "Response": {}}""", "is not closed")]
    [InlineData("""{"Request": {"Body": {"Matcher": {"Name": "JsonMatcher", "Pattern": "{not json"}}}, "Response": {}}""", "the expected JSON is not JSON")]
    [InlineData("""{"request": {"bodyPatterns": [{"matchesJsonPath": "$.a[-1]"}]}, "response": {}}""", "has a negative index")]
    [InlineData("""{"request": {"bodyPatterns": [{"matchesJsonPath": "$.items[?(@.x == \"y\")]"}]}, "response": {}}""", "invalid JSONPath")]
    [InlineData("""{"request": {"bodyPatterns": [{"matchesJsonPath": "$.items.length()"}]}, "response": {}}""", "invalid JSONPath")]
    [InlineData("""{"request": {"bodyPatterns": [{"equalToXml": "<a/>"}]}, "response": {}}""", "request.bodyPatterns[0]: body pattern {\"equalToXml\":\"<a/>\"} is not supported")]
    [InlineData("""{"request": {"bodyPatterns": [{"contains": "a"}, {"matchesXPath": "/a"}]}, "response": {}}""", "request.bodyPatterns[1]")]
    [InlineData("""{"request": {"bodyPatterns": [{"matchesJsonPath": {"expression": "$.a", "binaryEqualTo": "AA=="}}]}, "response": {}}""", "request.bodyPatterns[0].matchesJsonPath: body pattern")]
    [InlineData("""{"request": {"bodyPatterns": {"equalTo": "a"}}, "response": {}}""", "request.bodyPatterns must be a list")]
    public async Task An_unsupported_body_matcher_is_refused_naming_the_field(string mapping, string message)
    {
        await using var fake = await AdminServer.StartAsync();

        await fake.AssertRefusedAsync(mapping, message);
    }

    [Fact]
    public async Task A_list_with_one_bad_mapping_adds_none()
    {
        await using var fake = await AdminServer.StartAsync();

        var (status, _) = await fake.Admin.SendJsonAsync(HttpMethod.Post, "__admin/mappings", """
            [{"Request": {"Path": "/a"}, "Response": {}}, {"Request": {"Body": {"Matcher": {"Name": "XPathMatcher", "Pattern": "/"}}}, "Response": {}}]
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/mappings")).AsArray());
    }

    private static async Task<HttpStatusCode> PostAsync(AdminServer fake, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "text/plain");
        using var response = await fake.Api.PostAsync(new Uri(fake.Server.Url, "/stub/body"), content, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
