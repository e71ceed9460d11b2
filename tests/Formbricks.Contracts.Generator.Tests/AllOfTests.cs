using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// <c>allOf</c> beside annotations and unions: <c>allOf: [$ref: X, {description: …}]</c> is X (a union stays a
/// union), and a <c>oneOf</c> of objects inside <c>allOf</c> puts every branch's properties on the record, none
/// required, instead of an FBC0005 warning.
/// </summary>
public sealed class AllOfTests
{
    [Fact]
    public void An_annotated_reference_is_the_referenced_type_and_a_union_of_objects_inside_allOf_is_flattened()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var holder = outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!;
        Assert.Equal("Test.Api.Agent?", holder.GetMembers("Agent").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        var request = outcome.Output.GetTypeByMetadataName("Test.Api.Request")!;
        var properties = request.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && p.Name != "AdditionalProperties").ToList();
        Assert.Equal(["Id", "Ref", "Prompt", "Note"], properties.Select(p => p.Name));
        Assert.Equal([true, false, false, false], properties.Select(p => p.IsRequired));
    }

    private const string Yaml = """
        openapi: 3.0.3
        info:
          title: AllOf
          version: '1'
        paths: {}
        components:
          schemas:
            Agent:
              oneOf:
                - $ref: '#/components/schemas/Reference'
                - $ref: '#/components/schemas/Ask'
            Reference:
              type: object
              required: [ref]
              properties: {ref: {type: string}}
            Ask:
              type: object
              required: [prompt]
              properties: {prompt: {type: string}}
            Holder:
              type: object
              properties:
                agent:
                  allOf:
                    - $ref: '#/components/schemas/Agent'
                    - description: The agent that answers.
            Request:
              allOf:
                - type: object
                  required: [id]
                  properties: {id: {type: string}}
                - oneOf:
                    - $ref: '#/components/schemas/Reference'
                    - $ref: '#/components/schemas/Ask'
                - type: object
                  properties: {note: {type: string}}
        """;
}
