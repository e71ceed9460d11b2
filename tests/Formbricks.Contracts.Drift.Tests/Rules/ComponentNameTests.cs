namespace Formbricks.Contracts.Drift.Tests.Rules;

/// <summary>
/// Components whose names the OpenAPI component-name pattern (<c>^[a-zA-Z0-9.\-_]+$</c>) does not allow but real
/// documents use: <c>/</c> and <c>~</c>, which a <c>$ref</c> writes escaped as a JSON pointer (<c>~1</c>, <c>~0</c>), and
/// a space or non-ASCII letters, which it writes percent-encoded as a URI fragment or as they are. A change behind such a
/// reference is found like any other, and located at the changed node, whose pointer escapes the name again.
/// </summary>
public sealed class ComponentNameTests
{
    // The component is on line 13; its properties are flow mappings on that one line.
    private const string Document = """
        openapi: @V@
        info: {title: t, version: '1'}
        paths:
          /in:
            post:
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/@REF@'}}}}
              responses: {'204': {description: done}}
          /out:
            get:
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/@REF@'}}}}}
        components:
          schemas:
            '@NAME@': {type: object, required: [size], properties: {size: {type: @TYPE@}@NOTE@}}
        """;

    public static TheoryData<string, string, string, string> Names => new()
    {
        // version, component name, the name as the $ref writes it, the name as the finding's pointer writes it
        { "3.0.3", "a/b", "a~1b", "a~1b" },
        { "3.1.0", "a/b", "a~1b", "a~1b" },
        { "3.0.3", "a~b", "a~0b", "a~0b" },
        { "3.1.0", "a~b", "a~0b", "a~0b" },
        { "3.0.3", "a~1b", "a~01b", "a~01b" },
        { "3.1.0", "a~1b", "a~01b", "a~01b" },
        { "3.0.3", "a b", "a%20b", "a b" },
        { "3.1.0", "a b", "a%20b", "a b" },
        { "3.0.3", "Größe", "Gr%C3%B6%C3%9Fe", "Größe" },
        { "3.1.0", "Größe", "Gr%C3%B6%C3%9Fe", "Größe" },
        { "3.0.3", "Größe", "Größe", "Größe" },
        { "3.1.0", "Größe", "Größe", "Größe" },
        { "3.0.3", "x/~ é", "x~1~0%20%C3%A9", "x~1~0 é" },
        { "3.1.0", "x/~ é", "x~1~0%20%C3%A9", "x~1~0 é" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_changed_type_behind_an_escaped_reference_is_found_at_the_component(string version, string name, string reference, string pointer)
    {
        var findings = Describe(DriftRunner.Diff(Text(version, name, reference, "string", note: true), Text(version, name, reference, "integer", note: true)));

        Assert.Equal(
            [
                $"request-property-type-changed | POST /in: request body (application/json) property 'size': type changed from string to integer | revision:13 /components/schemas/{pointer}/properties/size/type",
                $"response-property-type-changed | GET /out: response 200 (application/json) property 'size': type changed from string to integer | revision:13 /components/schemas/{pointer}/properties/size/type",
            ],
            findings);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_removed_property_behind_an_escaped_reference_is_found_at_the_component(string version, string name, string reference, string pointer)
    {
        var findings = Describe(DriftRunner.Diff(Text(version, name, reference, "string", note: true), Text(version, name, reference, "string", note: false)));

        Assert.Equal(
            [
                $"request-property-removed | POST /in: request body (application/json) property 'note' was removed | base:13 /components/schemas/{pointer}/properties/note",
                $"response-optional-property-removed | GET /out: response 200 (application/json) property 'note' was removed | base:13 /components/schemas/{pointer}/properties/note",
            ],
            findings);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_same_document_gives_nothing(string version, string name, string reference, string pointer)
    {
        _ = pointer;
        var text = Text(version, name, reference, "string", note: true);
        Assert.Empty(DriftRunner.Diff(text, text));
    }

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} | {f.Message} | {(f.Location.InBase ? "base" : "revision")}:{f.Location.Line} {f.Location.Pointer}").ToList();

    private static string Text(string version, string name, string reference, string type, bool note) =>
        Document.Replace("@V@", version, StringComparison.Ordinal).Replace("@NAME@", name, StringComparison.Ordinal)
            .Replace("@REF@", reference, StringComparison.Ordinal).Replace("@TYPE@", type, StringComparison.Ordinal)
            .Replace("@NOTE@", note ? ", note: {type: string}" : string.Empty, StringComparison.Ordinal);
}
