using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// A union without a discriminator reads a JSON value as the case it fits best (required, <c>const</c> and
/// single-value enum properties, declared properties present, <c>additionalProperties: false</c>; a <c>writeOnly</c>
/// property is not required when reading), not as the first case that parses; each case round-trips.
/// </summary>
public sealed class UnionFitTests
{
    [Theory]
    [InlineData("""{"memo":"hi"}""", "Note")]
    [InlineData("""{"type":"card","number":"4242"}""", "Card")]
    [InlineData("""{"type":"bank","iban":"DE89"}""", "Bank")]
    [InlineData("""{"code":"x"}""", "Strict")]
    [InlineData("""{"code":"x","label":"y"}""", "Wide")]
    [InlineData("""{"code":"x","other":1}""", "Wide")]
    [InlineData("""{"type":"crypto","number":"1"}""", "Note")]
    [InlineData("\"plain\"", "String")]
    public void Each_json_value_reads_as_the_case_it_fits_best_and_round_trips(string json, string expectedCase)
    {
        var union = Load(Yaml).GetType("Test.Api.PaymentMethod", throwOnError: true)!;

        var value = JsonSerializer.Deserialize(json, union)!;

        Assert.Equal(expectedCase, value.GetType().Name);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(value, union))));
    }

    [Fact]
    public void A_const_property_is_a_typed_constant()
    {
        var assembly = Load(Yaml);

        var type = assembly.GetType("Test.Api.Card", throwOnError: true)!.GetProperty("Type")!.PropertyType;

        Assert.Equal("card", type.GetProperty("Card", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!.ToString());
    }

    [Fact]
    public void Many_branches_told_apart_by_constants_each_read_as_their_own()
    {
        const int count = 12;
        var branches = string.Concat(Enumerable.Range(1, count).Select(i => $"\n        - type: object\n          properties: {{kind: {{type: string, enum: [m{i}]}}, f{i}: {{type: string}}, shared: {{type: string}}}}"));
        var yaml = Yaml.Replace("    PaymentMethod:\n      oneOf:", "    Many:\n      oneOf:" + branches + "\n    PaymentMethod:\n      oneOf:", StringComparison.Ordinal);
        var union = Load(yaml).GetType("Test.Api.Many", throwOnError: true)!;

        for (var i = 1; i <= count; i++)
        {
            var json = $$"""{"kind":"m{{i}}","shared":"s"}""";
            var value = JsonSerializer.Deserialize(json, union)!;
            Assert.Equal($"ManyOption{i}", value.GetType().GetProperty("Value")!.PropertyType.Name);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(value, union))));
        }
    }

    private static Assembly Load(string yaml)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        return GeneratedAssembly.Load(outcome);
    }

    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Unions
          version: '1'
        paths: {}
        components:
          schemas:
            PaymentMethod:
              oneOf:
                - $ref: '#/components/schemas/Note'
                - $ref: '#/components/schemas/Card'
                - $ref: '#/components/schemas/Bank'
                - $ref: '#/components/schemas/Strict'
                - $ref: '#/components/schemas/Wide'
                - type: string
            Note:
              type: object
              properties:
                memo: {type: string}
            Card:
              type: object
              required: [type, number, cvc]
              properties:
                type: {type: string, const: card}
                number: {type: string}
                cvc: {type: string, writeOnly: true}
            Bank:
              type: object
              required: [iban]
              properties:
                type: {type: string, enum: [bank]}
                iban: {type: string}
            Strict:
              type: object
              required: [code]
              additionalProperties: false
              properties:
                code: {type: string}
            Wide:
              type: object
              required: [code]
              properties:
                code: {type: string}
                label: {type: string}
        """;
}
