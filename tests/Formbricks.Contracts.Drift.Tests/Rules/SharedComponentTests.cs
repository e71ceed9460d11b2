namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>
/// A component changed once and used by several operations, at different places: each operation gets the findings
/// labelled with its own operation, place, property path and rule-id prefix (the engine compares the pair once and
/// replays its findings), and a component on a <c>$ref</c> cycle gives the same at every operation (the cycle is cut
/// where the walk meets a pair already in progress at the same kind of place: below the top-level body, once).
/// </summary>
public sealed class SharedComponentTests
{
    private const string Document = """
        openapi: @V@
        info: {title: t, version: '1'}
        paths:
          /one:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}}
          /many:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Item'}}}}}}}}
            post:
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
              responses: {'204': {description: done}}
          /tree:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}}
          /forest:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Node'}}}}}}
        components:
          schemas:
            Item: {type: object, required: [id], properties: {id: {type: string}, state: {type: string, enum: [open, closed@STATE@]}@NOTE@}}
            Node: {type: object, properties: {@NAME@children: {type: array, items: {$ref: '#/components/schemas/Node'}}}}
        """;

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Each_operation_gets_the_findings_of_a_shared_component_at_its_own_place(string version)
    {
        var @base = Text(version, state: string.Empty, note: ", note: {type: string}", name: "name: {type: string}, ");
        var revision = Text(version, state: ", archived", note: string.Empty, name: string.Empty);
        var findings = DriftRunner.Diff(@base, revision).Select(f => $"{f.RuleId} | {f.Message}").ToList();

        Assert.Equal(
            [
                "response-property-enum-value-added | GET /one: response 200 (application/json) property 'state': enum value \"archived\" added",
                "response-optional-property-removed | GET /one: response 200 (application/json) property 'note' was removed",
                "response-property-enum-value-added | GET /many: response 200 (application/json) property 'data[].state': enum value \"archived\" added",
                "response-optional-property-removed | GET /many: response 200 (application/json) property 'data[].note' was removed",
                "request-property-removed | POST /many: request body (application/json) property 'note' was removed",
                "response-optional-property-removed | GET /tree: response 200 (application/json) property 'name' was removed",
                "response-optional-property-removed | GET /tree: response 200 (application/json) property 'children[].name' was removed",
                "response-optional-property-removed | GET /forest: response 200 (application/json) property '[].name' was removed",
                "response-optional-property-removed | GET /forest: response 200 (application/json) property '[].children[].name' was removed",
            ],
            findings);
    }

    private static string Text(string version, string state, string note, string name) =>
        Document.Replace("@V@", version, StringComparison.Ordinal).Replace("@STATE@", state, StringComparison.Ordinal)
            .Replace("@NOTE@", note, StringComparison.Ordinal).Replace("@NAME@", name, StringComparison.Ordinal);
}
