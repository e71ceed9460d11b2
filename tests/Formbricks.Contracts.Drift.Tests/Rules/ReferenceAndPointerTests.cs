namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>
/// The engine resolves <c>#/components/schemas/X</c> references from the document's components and renders a node's
/// JSON pointer only for a finding, escaping each token: a property whose name holds <c>/</c> is located at its node,
/// and a node reached through an alias component (<c>A: {$ref: B}</c>, which the library resolves) keeps the pointer
/// of the path it was reached by, located at the nearest node that has one: the alias (as before pointers were lazy).
/// </summary>
public sealed class ReferenceAndPointerTests
{
    private const string Document = """
        openapi: @V@
        info: {title: t, version: '1'}
        paths:
          /alias:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Alias'}}}}}
          /slashed:
            post:
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Slashed'}}}}
              responses: {'204': {description: done}}
        components:
          schemas:
            Alias: {$ref: '#/components/schemas/Target'}
            Target: {type: object, properties: {state: {type: string, enum: [open@STATE@]}}}
            Slashed: {type: object, properties: {'x/y': {type: @TYPE@}}}
        """;

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Findings_behind_aliases_and_escaped_names_are_located_at_the_changed_node(string version)
    {
        var findings = DriftRunner.Diff(Text(version, string.Empty, "string"), Text(version, ", closed", "integer"))
            .Select(f => $"{f.RuleId} | {f.Message} | {(f.Location.InBase ? "base" : "revision")}:{f.Location.Line} {f.Location.Pointer}")
            .ToList();

        Assert.Equal(
            [
                "response-property-enum-value-added | GET /alias: response 200 (application/json) property 'state': enum value \"closed\" added | revision:13 /components/schemas/Alias/properties/state/enum",
                "request-property-type-changed | POST /slashed: request body (application/json) property 'x/y': type changed from string to integer | revision:15 /components/schemas/Slashed/properties/x~1y/type",
            ],
            findings);
    }

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void The_same_document_gives_nothing(string version)
    {
        var text = Text(version, string.Empty, "string");
        Assert.Empty(DriftRunner.Diff(text, text));
    }

    private static string Text(string version, string state, string type) =>
        Document.Replace("@V@", version, StringComparison.Ordinal).Replace("@STATE@", state, StringComparison.Ordinal).Replace("@TYPE@", type, StringComparison.Ordinal);
}
