namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>The rules that are not schema kinds: operations, parameters, bodies, statuses, media types, properties, security, servers; each in 3.0 and 3.1.</summary>
public sealed class OperationRuleTests
{
    private const string Deprecated = "\n      deprecated: true";
    private const string RequiredTenant = "\n        - {name: tenant, in: query, required: true, schema: {type: string}}";
    private const string OptionalTenant = "\n        - {name: tenant, in: query, schema: {type: string}}";
    private const string Ids = "\n        - {name: ids, in: query, @schema: {type: array, items: {type: string}}}";
    private const string OptionalBody = "{type: object, properties: {name: $RESPPROP}}";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in new[] { "3.0.3", "3.1.0" })
        {
            foreach (var id in Pairs.Keys)
            {
                data.Add(version, id);
            }
        }

        return data;
    }

    /// <summary>Rule id to a (base, revision) pair made from one document.</summary>
    internal static readonly Dictionary<string, Func<TestDocument, (TestDocument Base, TestDocument Revision)>> Pairs = new()
    {
        ["api-removed-without-deprecation"] = d => (d, d with { HasDelete = false }),
        ["api-removed-before-sunset"] = d => (d with { DeleteExtras = Deprecated + "\n      x-sunset: '2099-01-01'" }, d with { HasDelete = false }),
        ["api-removed-with-deprecation"] = d => (d with { DeleteExtras = Deprecated }, d with { HasDelete = false }),
        ["api-path-removed-without-deprecation"] = d => (d, d with { HasOtherPath = false }),
        ["api-path-removed-before-sunset"] = d => (d with { OtherPathExtras = Deprecated + "\n      x-sunset: '2099-01-01'" }, d with { HasOtherPath = false }),
        ["api-path-removed-with-deprecation"] = d => (d with { OtherPathExtras = Deprecated + "\n      x-sunset: '2020-01-01'" }, d with { HasOtherPath = false }),
        ["api-added"] = d => (d with { HasDelete = false }, d),
        ["new-required-request-parameter"] = d => (d, d with { ExtraParameters = RequiredTenant }),
        ["new-optional-request-parameter"] = d => (d, d with { ExtraParameters = OptionalTenant }),
        ["request-parameter-removed"] = d => (d with { ExtraParameters = OptionalTenant }, d),
        ["request-parameter-became-required"] = d => (d with { ExtraParameters = OptionalTenant }, d with { ExtraParameters = RequiredTenant }),
        ["request-parameter-style-changed"] = d => (d with { ExtraParameters = Ids.Replace("@", string.Empty, StringComparison.Ordinal) }, d with { ExtraParameters = Ids.Replace("@", "style: pipeDelimited, ", StringComparison.Ordinal) }),
        ["request-parameter-explode-changed"] = d => (d with { ExtraParameters = Ids.Replace("@", string.Empty, StringComparison.Ordinal) }, d with { ExtraParameters = Ids.Replace("@", "explode: false, ", StringComparison.Ordinal) }),
        ["new-required-request-body"] = d => (d with { HasRequestBody = false }, d with { RequestBodyRequired = true }),
        ["request-body-became-required"] = d => (d, d with { RequestBodyRequired = true }),
        ["request-body-removed"] = d => (d, d with { HasRequestBody = false }),
        ["request-body-media-type-removed"] = d => (d with { RequestMediaTypes = "application/json, application/xml" }, d),
        ["new-required-request-property"] = d => (d, d with { RequestBody = "{type: object, required: [tenant], properties: {name: {type: string}, tenant: {type: string}}}" }),
        ["new-optional-request-property"] = d => (d, d with { RequestBody = "{type: object, properties: {name: {type: string}, note: {type: string}}}" }),
        ["request-property-removed"] = d => (d with { RequestBody = "{type: object, properties: {name: {type: string}, note: {type: string}}}" }, d),
        ["request-property-became-required"] = d => (d, d with { RequestBody = "{type: object, required: [name], properties: {name: {type: string}}}" }),
        ["request-property-became-read-only"] = d => (d, d with { RequestProperty = "{type: string, readOnly: true}" }),
        ["response-success-status-removed"] = d => (d, d with { ResponseStatus = "'201'" }),
        ["response-non-success-status-removed"] = d => (d, d with { ErrorStatus = "'409': {description: conflict}" }),
        ["response-media-type-removed"] = d => (d with { ResponseMediaTypes = "application/json, text/csv" }, d),
        ["response-required-property-removed"] = d => (d, d with { ResponseBody = "{type: object, properties: {other: {type: string}}}" }),
        ["response-optional-property-removed"] = d => (d with { ResponseBody = "{type: object, properties: {name: {type: string}, note: {type: string}}}" }, d with { ResponseBody = "{type: object, properties: {name: {type: string}}}" }),
        ["response-property-became-optional"] = d => (d, d with { ResponseBody = "{type: object, properties: {name: {type: string}}}" }),
        ["response-required-property-became-write-only"] = d => (d, d with { ResponseProperty = "{type: string, writeOnly: true}" }),
        ["response-optional-property-became-write-only"] = d => (d with { ResponseBody = OptionalBody }, d with { ResponseBody = OptionalBody, ResponseProperty = "{type: string, writeOnly: true}" }),
        ["required-response-header-removed"] = d => (d with { ResponseHeaders = "X-Rate: {required: true, schema: {type: integer}}" }, d),
        ["optional-response-header-removed"] = d => (d with { ResponseHeaders = "X-Request-Id: {schema: {type: string}}" }, d),
        ["response-header-became-optional"] = d => (d with { ResponseHeaders = "X-Rate: {required: true, schema: {type: integer}}" }, d with { ResponseHeaders = "X-Rate: {required: false, schema: {type: integer}}" }),
        ["api-security-added"] = d => (d, d with { Security = "[{apiKey: []}]" }),
        ["api-servers-changed"] = d => (d, d with { Server = "https://api.example.com/v2" }),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_fires_with_a_located_message(string version, string id)
    {
        var (@base, revision) = Pairs[id](new TestDocument(version));
        RuleAssert.Fires(id, @base, revision);
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void A_moved_server_path_is_one_finding_not_one_per_operation(string version)
    {
        var document = new TestDocument(version);
        var findings = DriftRunner.Diff(document.Text(), (document with { Server = "https://api.example.com/v2" }).Text());
        var finding = Assert.Single(findings);
        Assert.Equal("api-servers-changed", finding.RuleId);
        Assert.Equal(string.Empty, finding.Method);
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Another_host_is_one_finding(string version)
    {
        var document = new TestDocument(version);
        var findings = DriftRunner.Diff(document.Text(), (document with { Server = "https://other.example.com/v1" }).Text());
        Assert.Equal("api-servers-changed", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void Removed_operation_is_located_in_the_base()
    {
        var (@base, revision) = Pairs["api-removed-without-deprecation"](TestDocument.V31);
        var finding = RuleAssert.Fires("api-removed-without-deprecation", @base, revision);
        Assert.True(finding.Location.InBase);
        Assert.Equal("DELETE", finding.Method);
        Assert.Equal("/items/{id}", finding.Path);
        Assert.StartsWith("    delete:", @base.Text().Split('\n')[finding.Location.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Constraint_change_is_located_at_its_keyword_in_the_revision()
    {
        var document = TestDocument.V30;
        var finding = RuleAssert.Fires("request-parameter-max-decreased", document with { Param = "{type: integer, maximum: 250}" }, document with { Param = "{type: integer, maximum: 100}" });
        var line = (document with { Param = "{type: integer, maximum: 100}" }).Text().Split('\n')[finding.Location.Line - 1];
        Assert.Equal("100", line.Substring(finding.Location.Column - 1, 3));
        Assert.Equal("POST /items/{id}: query parameter 'limit': maximum lowered from 250 to 100", finding.Message);
    }
}
