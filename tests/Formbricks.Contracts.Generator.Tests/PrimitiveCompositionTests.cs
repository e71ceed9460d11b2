using System.Text.Json;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// An <c>allOf</c> of plain (non-object) parts is the primitive the parts meet in, as a component and inline, with
/// the first format a part gives and the parts' value rules merged; nullable when the wrapper or every typed part
/// allows null. Parts with no type in common are a <c>JsonElement</c> with a located FBC0014 warning, never an empty
/// record. A <c>oneOf</c> of plain parts at the top of a component is a union of those values (3.1), nullable with a
/// <c>null</c> branch.
/// </summary>
public sealed class PrimitiveCompositionTests
{
    public static TheoryData<string, string> PropertyTypes => new()
    {
        { "Email", "string" },
        { "Id", "string?" },
        { "IdMax", "string?" },
        { "Positive", "int?" },
        { "Uuid", "System.Guid?" },
        { "Count", "int?" },
        { "Huge", "long?" },
        { "Status", "Test.Api.Status?" },
        { "Day", "System.DateOnly?" },
        { "InlineEmail", "string?" },
        { "InlineCount", "int?" },
        { "InlineTags", "System.Collections.Generic.IReadOnlyList<string>?" },
        { "MaybeUuid", "System.Guid?" },
        { "NullablePart", "System.Guid?" },
        { "Bad", "System.Text.Json.JsonElement?" },
        { "Code", "Test.Api.Code?" },
        { "Contra", "System.Text.Json.JsonElement?" },
    };

    [Theory]
    [MemberData(nameof(PropertyTypes))]
    public void An_allOf_of_plain_parts_is_the_primitive_they_meet_in(string property, string expected)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));

        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var holder = outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!;
        Assert.Equal(expected, holder.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public void No_plain_allOf_becomes_a_record_and_contradictory_parts_are_a_located_warning()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));

        foreach (var name in new[] { "EmailAddress", "RefId", "RefIdMax", "PositiveInt", "UuidText", "NumberInteger", "HolderInlineEmail", "HolderInlineCount", "HolderBad", "Contradiction" })
        {
            Assert.Null(outcome.Output.GetTypeByMetadataName("Test.Api." + name));
        }

        var warnings = outcome.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(["FBC0014", "FBC0014"], warnings.Select(d => d.Id));
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal([Line("    Contradiction:") + 1, Line("        bad:") + 1], warnings.Select(w => w.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("string, integer", warnings[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_merged_value_rules_reach_the_constraint_attribute()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));
        var holder = outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!;

        Assert.Equal("1", Argument(holder, "Positive", "Minimum"));
        Assert.Equal("36", Argument(holder, "IdMax", "MaxLength"));
        Assert.Equal("3", Argument(holder, "InlineCount", "Minimum"));
        Assert.Equal("10", Argument(holder, "InlineCount", "Maximum"));
    }

    [Fact]
    public void Json_with_the_primitives_round_trips()
    {
        var assembly = GeneratedAssembly.Load(GeneratorHarness.Run(Specs.Inline(Yaml)));
        const string json = """{"email":"a@b.c","id":"x","idMax":"y","positive":2,"uuid":"5f2b7a4c-1d3e-4f5a-9b8c-7d6e5f4a3b2c","count":7,"huge":9007199254740993,"status":"open","day":"2026-12-02","inlineEmail":"e@f.g","inlineCount":4,"inlineTags":["t"],"maybeUuid":"0b2b7a4c-1d3e-4f5a-9b8c-7d6e5f4a3b2c","nullablePart":"1b2b7a4c-1d3e-4f5a-9b8c-7d6e5f4a3b2c","bad":[1,"two"],"code":"c1"}""";
        var type = assembly.GetType("Test.Api.Holder", throwOnError: true)!;

        var holder = JsonSerializer.Deserialize(json, type)!;

        Assert.Equal(json, JsonSerializer.Serialize(holder, type));
        Assert.Equal("String", type.GetProperty("Code")!.GetValue(holder)!.GetType().Name);
        Assert.Equal("Int32", JsonSerializer.Deserialize("5", assembly.GetType("Test.Api.Code", throwOnError: true)!)!.GetType().Name);
    }

    [Theory]
    [InlineData("3.0.3", "System.Text.Json.JsonElement?")]
    [InlineData("3.1.0", "Test.Api.Plain?")]
    public void A_oneOf_of_plain_parts_at_the_top_of_a_component_compiles_and_reads_both_kinds(string version, string expected)
    {
        var yaml = $$$"""
            openapi: {{{version}}}
            info: {title: Plain, version: '1'}
            paths: {}
            components:
              schemas:
                Plain:
                  oneOf: [{type: string}, {type: integer}]
                Holder:
                  type: object
                  properties:
                    plain: {$ref: '#/components/schemas/Plain'}
                    list: {type: array, items: {$ref: '#/components/schemas/Plain'}}
            """;

        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.Equal(expected, outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!.GetMembers("Plain").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        var type = GeneratedAssembly.Load(outcome).GetType("Test.Api.Holder", throwOnError: true)!;
        const string json = """{"plain":"a","list":[1,"b"]}""";
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type));
    }

    [Fact]
    public void OpenApi_30_nullable_variants_of_plain_allOf_and_binary_strings_are_nullable_primitives()
    {
        const string yaml = """
            openapi: 3.0.3
            info: {title: Nullable, version: '1'}
            servers: [{url: 'https://n.example.com/'}]
            paths:
              /uploads:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            file: {type: string, format: binary, nullable: true}
                  responses:
                    '204': {description: Stored.}
            components:
              schemas:
                Ident: {type: string, format: uuid}
                Owner: {type: object, properties: {name: {type: string}}}
                Holder:
                  type: object
                  required: [email, ident, blob, owner, manager]
                  properties:
                    email:
                      nullable: true
                      allOf: [{type: string}, {format: email}]
                    ident:
                      allOf: [{$ref: '#/components/schemas/Ident'}, {nullable: true}]
                    blob: {type: string, format: binary, nullable: true}
                    blobs: {type: array, items: {type: string, format: binary, nullable: true}}
                    owner:
                      allOf: [{$ref: '#/components/schemas/Owner'}, {nullable: true}]
                    manager:
                      nullable: true
                      allOf: [{$ref: '#/components/schemas/Owner'}]
            """;

        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        string Type(string type, string property) => outcome.Output.GetTypeByMetadataName("Test.Api." + type)!.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("string?", Type("Holder", "Email"));
        Assert.Equal("System.Guid?", Type("Holder", "Ident"));
        Assert.Equal("string?", Type("Holder", "Blob"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<string?>?", Type("Holder", "Blobs"));
        Assert.Equal("(System.IO.Stream Content, string FileName)?", Type("UploadRequest", "File"));
        Assert.Equal("Test.Api.Owner?", Type("Holder", "Owner"));
        Assert.Equal("Test.Api.Owner?", Type("Holder", "Manager"));
        Assert.Null(outcome.Output.GetTypeByMetadataName("Test.Api.HolderOwner"));
        var holder = GeneratedAssembly.Load(outcome).GetType("Test.Api.Holder", throwOnError: true)!;
        const string json = """{"email":"a@b.c","ident":"5f2b7a4c-1d3e-4f5a-9b8c-7d6e5f4a3b2c","blob":"text","blobs":["a",null],"owner":{"name":"o"},"manager":null}""";
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, holder), holder));
    }

    private static string? Argument(INamedTypeSymbol holder, string property, string name)
    {
        var attribute = holder.GetMembers(property).Single().GetAttributes().Single(a => a.AttributeClass!.Name == "FormbricksConstraintAttribute");
        return attribute.NamedArguments.SingleOrDefault(a => a.Key == name).Value.Value?.ToString();
    }

    private static int Line(string text) => Yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList().FindIndex(l => l == text);

    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Plain parts
          version: '1'
        paths: {}
        components:
          schemas:
            Ident: {type: string}
            Status: {type: string, enum: [open, closed]}
            EmailAddress:
              allOf: [{type: string}, {format: email}]
            RefId:
              allOf: [{$ref: '#/components/schemas/Ident'}]
            RefIdMax:
              allOf: [{$ref: '#/components/schemas/Ident'}, {maxLength: 36}]
            PositiveInt:
              allOf: [{type: integer}, {minimum: 1}]
            UuidText:
              allOf: [{$ref: '#/components/schemas/Ident'}, {format: uuid}]
            NumberInteger:
              allOf: [{type: number}, {type: integer, format: int64}]
            Contradiction:
              allOf: [{type: string}, {type: integer}]
            Code:
              oneOf: [{type: string}, {type: integer}, {type: 'null'}]
            Holder:
              type: object
              required: [email]
              properties:
                email: {$ref: '#/components/schemas/EmailAddress'}
                id: {$ref: '#/components/schemas/RefId'}
                idMax: {$ref: '#/components/schemas/RefIdMax'}
                positive: {$ref: '#/components/schemas/PositiveInt'}
                uuid: {$ref: '#/components/schemas/UuidText'}
                count:
                  allOf: [{$ref: '#/components/schemas/PositiveInt'}, {type: number}]
                huge: {$ref: '#/components/schemas/NumberInteger'}
                status:
                  allOf: [{$ref: '#/components/schemas/Status'}, {type: string}]
                day:
                  type: string
                  allOf: [{format: date}]
                inlineEmail:
                  allOf: [{type: string}, {format: email}]
                inlineCount:
                  allOf: [{type: integer, minimum: 3}, {maximum: 10}, {minimum: 0}]
                inlineTags:
                  allOf: [{type: array, items: {type: string}}, {type: array, maxItems: 3}]
                maybeUuid:
                  allOf: [{type: [string, 'null']}, {format: uuid}]
                nullablePart:
                  allOf: [{$ref: '#/components/schemas/UuidText'}, {type: 'null'}]
                bad:
                  allOf: [{type: boolean}, {$ref: '#/components/schemas/Ident'}]
                code: {$ref: '#/components/schemas/Code'}
                contra: {$ref: '#/components/schemas/Contradiction'}
        """;
}
