using System.Text.Json;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Inline schemas are named by their <c>title</c>, a union's inline branches by their discriminator value, union cases
/// relative to their union (<c>Shape.Option2</c>, not <c>Shape.ShapeOption2</c>), and a name built from a deep
/// nesting is capped at <c>SchemaMapper.MaxInlineNameLength</c> characters.
/// </summary>
public sealed class InlineNameTests
{
    [Fact]
    public void Titles_discriminator_values_and_relative_case_names_give_short_names()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var shape = outcome.Output.GetTypeByMetadataName("Test.Api.Shape")!;
        Assert.Equal(["Circle", "Square", "Polygon", "Unknown"], shape.GetTypeMembers().Select(t => t.Name).Where(n => n != "JsonConverter"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.ShapeCircle"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.Polygon"));
        var loose = outcome.Output.GetTypeByMetadataName("Test.Api.Loose")!;
        Assert.Equal(["Option1", "Option2", "Unknown"], loose.GetTypeMembers().Select(t => t.Name).Where(n => n != "JsonConverter"));

        var names = outcome.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type, TestContext.Current.CancellationToken).OfType<INamedTypeSymbol>().Where(t => t.ContainingType is null).Select(t => t.Name).ToList();
        Assert.Contains(names, n => n.StartsWith("Deep", StringComparison.Ordinal) && n.EndsWith("Leaf", StringComparison.Ordinal));
        Assert.All(names, n => Assert.True(n.Length <= 64, n));
    }

    [Fact]
    public void An_inline_branch_is_selected_by_its_discriminator_value()
    {
        var assembly = GeneratedAssembly.Load(GeneratorHarness.Run(Specs.Inline(Yaml)));
        var shape = assembly.GetType("Test.Api.Shape", throwOnError: true)!;

        Assert.Equal("Square", JsonSerializer.Deserialize("""{"kind":"square","side":2}""", shape)!.GetType().Name);
        Assert.Equal("Circle", JsonSerializer.Deserialize("""{"kind":"circle","radius":1}""", shape)!.GetType().Name);
    }

    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Names
          version: '1'
        paths: {}
        components:
          schemas:
            Shape:
              oneOf:
                - type: object
                  properties: {kind: {const: circle}, radius: {type: number}}
                - type: object
                  properties: {kind: {type: string, enum: [square]}, side: {type: number}}
                - title: polygon
                  type: object
                  properties: {kind: {type: string}, sides: {type: integer}}
              discriminator:
                propertyName: kind
            Loose:
              anyOf:
                - {type: object, properties: {a: {type: string}}}
                - {type: object, properties: {b: {type: string}}}
            Deep:
              type: object
              properties:
                levelOneWithALongName:
                  type: object
                  properties:
                    levelTwoWithALongName:
                      type: array
                      items:
                        type: object
                        properties:
                          levelThreeWithALongName:
                            type: object
                            properties:
                              leaf: {type: object, properties: {x: {type: string}}}
        """;
}
