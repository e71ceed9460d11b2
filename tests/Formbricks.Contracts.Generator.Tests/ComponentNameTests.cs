using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Components named outside the OpenAPI component-name pattern, as real documents name them: <c>/</c> and <c>~</c>,
/// which a <c>$ref</c> escapes (<c>~1</c>, <c>~0</c>), a space and non-ASCII letters, which it percent-encodes or
/// writes as they are. Each <c>$ref</c> resolves to the component's type (not a JSON element), named by a valid
/// identifier, in 3.0 and 3.1; the property rules are read from the component (a closed enum's values).
/// </summary>
public sealed class ComponentNameTests
{
    private const string Document = """
        openapi: @V@
        info: {title: t, version: '1'}
        paths:
          /things:
            post:
              operationId: postThing
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/@REF@'}}}}
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}}
        components:
          schemas:
            '@NAME@': {type: object, required: [size], properties: {size: {type: string, enum: [small, large]}}}
            Holder: {type: object, properties: {item: {$ref: '#/components/schemas/@REF@'}, items: {type: array, items: {$ref: '#/components/schemas/@REF@'}}}}
        """;

    public static TheoryData<string, string, string, string> Names => new()
    {
        // version, component name, the name as the $ref writes it, the generated type's name
        { "3.0.3", "a/b", "a~1b", "AB" },
        { "3.1.0", "a/b", "a~1b", "AB" },
        { "3.0.3", "a~b", "a~0b", "AB" },
        { "3.1.0", "a~b", "a~0b", "AB" },
        { "3.0.3", "a b", "a%20b", "AB" },
        { "3.1.0", "a b", "a%20b", "AB" },
        { "3.0.3", "Größe", "Gr%C3%B6%C3%9Fe", "Größe" },
        { "3.1.0", "Größe", "Größe", "Größe" },
        { "3.1.0", "x/~ é", "x~1~0%20%C3%A9", "XÉ" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_reference_to_an_oddly_named_component_resolves_to_its_type(string version, string name, string reference, string typeName)
    {
        var yaml = Document.Replace("@V@", version, StringComparison.Ordinal).Replace("@NAME@", name, StringComparison.Ordinal).Replace("@REF@", reference, StringComparison.Ordinal);
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "FBC0004" or "FBC0005" or "CS8785");
        var type = outcome.Output.GetTypeByMetadataName("Test.Api." + typeName);
        Assert.NotNull(type);
        Assert.True(SyntaxFacts.IsValidIdentifier(type.Name), type.Name);
        Assert.Equal("Test.Api." + typeName + "Size", ((IPropertySymbol)type.GetMembers("Size").Single()).Type.ToDisplayString());

        var holder = outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!;
        Assert.Equal("Test.Api." + typeName + "?", ((IPropertySymbol)holder.GetMembers("Item").Single()).Type.ToDisplayString());
        Assert.StartsWith("System.Collections.Generic.IReadOnlyList<Test.Api." + typeName + ">", ((IPropertySymbol)holder.GetMembers("Items").Single()).Type.ToDisplayString(), StringComparison.Ordinal);

        var client = outcome.Output.GetTypeByMetadataName("Test.Api.TestClient")!;
        var post = (IMethodSymbol)client.GetMembers("PostThingAsync").First();
        Assert.Contains(post.Parameters, p => p.Type.ToDisplayString() == "Test.Api." + typeName + "?");
    }
}
