namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>
/// The finer cases of the parameter-serialisation, response-header, additionalProperties and readOnly/writeOnly rules,
/// and the rewrites of them that must give nothing, each in OpenAPI 3.0 and 3.1.
/// </summary>
public sealed class SerialisationAndHeaderRuleTests
{
    private const string Rewritable = """
        paths:
          /a:
            get:
              parameters:
                - {name: ids, in: query, @IDS@schema: {type: array, items: {type: string}}}
                - {name: q, in: query, @Q@schema: {type: string}}
                - {name: X-Trace, in: header, @TRACE@schema: {type: string}}
              responses:
                '200':
                  description: ok
                  headers: {@RATE@: {required: true, schema: {type: integer}}}
                  content: {application/json: {schema: {type: object, @OUT@properties: {p: {type: string}}}}}
            post:
              requestBody: {content: {application/json: {schema: {type: object, @IN@properties: {p: {type: string}, id: {type: string, readOnly: true}}}}}}
              responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {secret: {type: string, writeOnly: true}, p: {type: string}}}}}}}
        """;

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Defaults_spelled_out_explode_on_a_scalar_open_objects_and_header_case_give_nothing(string version)
    {
        var @base = Document(version, Rewritable, ("@IDS@", string.Empty), ("@Q@", string.Empty), ("@TRACE@", string.Empty), ("@RATE@", "X-Rate-Limit"), ("@OUT@", string.Empty), ("@IN@", string.Empty));
        var revision = Document(version, Rewritable, ("@IDS@", "style: form, explode: true, "), ("@Q@", "explode: false, "), ("@TRACE@", "style: simple, "), ("@RATE@", "x-rate-limit"), ("@OUT@", "additionalProperties: true, "), ("@IN@", "additionalProperties: {}, "));
        AssertNothing(@base, revision);
        AssertNothing(revision, @base);
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void A_response_header_added_required_or_not_gives_nothing(string version)
    {
        var document = new TestDocument(version);
        AssertNothing(document.Text(), (document with { ResponseHeaders = "X-Rate: {required: true, schema: {type: integer}}, X-Id: {schema: {type: string}}" }).Text());
    }

    [Theory]
    [InlineData("3.0.3", "request-body", "{type: object, additionalProperties: {type: string}}", "{type: object, additionalProperties: {type: integer}}", "from string to integer")]
    [InlineData("3.1.0", "request-property", "{type: object}", "{type: object, additionalProperties: {type: string}}", "from any to string")]
    [InlineData("3.0.3", "response-body", "{type: object, additionalProperties: {type: integer}}", "{type: object, additionalProperties: {type: string}}", "from integer to string")]
    [InlineData("3.1.0", "response-property", "{type: object, additionalProperties: {type: string}}", "{type: object}", "from string to any")]
    public void An_additional_properties_schema_of_another_type_is_reported(string version, string prefix, string @base, string revision, string change)
    {
        var document = new TestDocument(version);
        var id = prefix + (prefix.StartsWith("request", StringComparison.Ordinal) ? "-additional-properties-tightened" : "-additional-properties-loosened");
        var finding = RuleAssert.Fires(id, SchemaRuleCases.Place(document, prefix, @base), SchemaRuleCases.Place(document, prefix, revision));
        Assert.Contains("additionalProperties type changed " + change, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void A_parameter_moved_from_query_to_header_is_a_removal_and_an_addition(string version)
    {
        var document = new TestDocument(version);
        var findings = DriftRunner.Diff(
            (document with { ExtraParameters = "\n        - {name: tenant, in: query, required: true, schema: {type: string}}" }).Text(),
            (document with { ExtraParameters = "\n        - {name: tenant, in: header, required: true, schema: {type: string}}" }).Text());
        var removed = Assert.Single(findings, f => f.RuleId == "request-parameter-removed");
        Assert.EndsWith("query parameter 'tenant' was removed (it is now a header parameter)", removed.Message, StringComparison.Ordinal);
        Assert.Single(findings, f => f.RuleId == "new-required-request-parameter");
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Read_only_and_write_only_flips_the_other_way_give_no_error(string version)
    {
        // A request property that stops being readOnly is one the client may now send (an optional property added);
        // a response property that stops being writeOnly is one the client may now read.
        var document = new TestDocument(version);
        var request = DriftRunner.Diff((document with { RequestProperty = "{type: string, readOnly: true}" }).Text(), document.Text());
        var response = DriftRunner.Diff((document with { ResponseProperty = "{type: string, writeOnly: true}" }).Text(), document.Text());
        Assert.True(request.Concat(response).All(f => f.Level != FindingLevel.Err), DriftRunner.Describe(request.Concat(response)));
    }

    private static string Document(string version, string body, params (string Slot, string Value)[] slots)
    {
        var text = $"openapi: {version}\ninfo: {{title: t, version: '1'}}\n" + body;
        foreach (var (slot, value) in slots)
        {
            text = text.Replace(slot, value, StringComparison.Ordinal);
        }

        return text;
    }

    private static void AssertNothing(string @base, string revision)
    {
        var findings = DriftRunner.Diff(@base, revision);
        Assert.True(findings.Count == 0, DriftRunner.Describe(findings) + Environment.NewLine + revision);
    }
}
