using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// <c>allOf</c> beside annotations and unions: <c>allOf: [$ref: X, {description: …}]</c> is X (a union stays a
/// union), and a <c>oneOf</c> of objects inside <c>allOf</c> puts every branch's properties on the record, none
/// required, instead of an FBC0005 warning; a branch that is no object is left out (a record reads objects). An
/// <c>allOf</c> of a non-object union and non-object parts is that union; beside an object part it is FBC0005.
/// </summary>
public sealed class AllOfTests
{
    [Fact]
    public void An_annotated_reference_is_the_referenced_type_and_a_union_of_objects_inside_allOf_is_flattened_without_its_non_object_branch()
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

    [Theory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void An_allOf_of_a_non_object_union_and_non_object_parts_is_that_union(string version)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(UnionsYaml(version)));
        var assembly = GeneratedAssembly.Load(outcome);

        var size = assembly.GetType("Test.Api.Size", throwOnError: true)!;
        Assert.True(size.IsAbstract);
        Assert.Equal("Named", System.Text.Json.JsonSerializer.Deserialize("\"small\"", size)!.GetType().Name);
        Assert.Equal("Int32", System.Text.Json.JsonSerializer.Deserialize("3", size)!.GetType().Name);
        var holder = outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!;
        Assert.Equal("Test.Api.HolderLimit?", holder.GetMembers("Limit").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.True(outcome.Output.GetTypeByMetadataName("Test.Api.HolderLimit")!.IsAbstract);
    }

    [Fact]
    public void A_union_with_no_object_branch_beside_an_object_part_is_a_located_warning()
    {
        var yaml = UnionsYaml("3.1.0") + """

                Contradiction:
                  allOf:
                    - type: object
                      properties: {id: {type: string}}
                    - oneOf: [{type: string}, {type: integer}]
            """;

        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FBC0005", warning.Id);
        Assert.Contains("no object branch", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("- oneOf: [{type: string}", StringComparison.Ordinal)), warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_union_that_contains_itself_inside_allOf_is_no_endless_recursion()
    {
        var yaml = UnionsYaml("3.1.0") + """

                Loop:
                  oneOf:
                    - $ref: '#/components/schemas/Loop'
                    - {type: string}
                Looped:
                  type: object
                  properties:
                    value:
                      allOf:
                        - $ref: '#/components/schemas/Loop'
                        - {type: string, maxLength: 5}
            """;

        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "FBC0007" or "CS8785");
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.Looped"));
    }

    /// <summary>
    /// <c>Size</c> (a component) and
    /// <c>Holder.limit</c> (inline): a union of an enum and an integer, with a part that only constrains the value.
    /// </summary>
    private static string UnionsYaml(string version) => $$$"""
        openapi: {{{version}}}
        info:
          title: AllOf unions
          version: '1'
        paths: {}
        components:
          schemas:
            Reference:
              type: object
              required: [ref]
              properties: {ref: {type: string}}
            Named:
              type: string
              enum: [small, large]
            Size:
              allOf:
                - oneOf:
                    - $ref: '#/components/schemas/Named'
                    - {type: integer}
                - {type: integer, minimum: 0}
            Holder:
              type: object
              properties:
                size: {$ref: '#/components/schemas/Size'}
                limit:
                  allOf:
                    - anyOf:
                        - $ref: '#/components/schemas/Named'
                        - {type: integer}
                    - {type: integer, maximum: 100}
        """;

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
                    - {type: string}
                - type: object
                  properties: {note: {type: string}}
        """;
}
