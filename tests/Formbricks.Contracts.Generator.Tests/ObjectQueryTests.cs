using System.Net;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Object and map query parameters (inline, or a <c>$ref</c> to <c>anyOf: [map, null]</c>) are typed and written by
/// their <c>style</c>/<c>explode</c>: form exploded <c>a=1&amp;b=2</c>, form <c>p=a,1,b,2</c>, deepObject <c>p[a]=1</c>.
/// </summary>
public sealed class ObjectQueryTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var shape in new[] { "refNullableMap", "inlineMap", "inlineObject", "refObject" })
        {
            data.Add(shape, string.Empty, "?a=1&b=x%20y");
            data.Add(shape, "style: form\n          explode: true", "?a=1&b=x%20y");
            data.Add(shape, "style: form\n          explode: false", "?p=a,1,b,x%20y");
            data.Add(shape, "style: deepObject\n          explode: true", "?p[a]=1&p[b]=x%20y");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_object_or_map_query_parameter_is_written_by_its_style(string shape, string style, string expectedQuery)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml(shape, style)));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var assembly = GeneratedAssembly.Load(outcome);
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.NoContent, string.Empty));
        var client = Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!;
        var parameterType = client.GetType().GetMethod("FindAsync")!.GetParameters()[0].ParameterType;
        var value = parameterType.IsInterface
            ? new Dictionary<string, string> { ["a"] = "1", ["b"] = "x y" }
            : GeneratedAssembly.Create(assembly, parameterType.FullName!, ("A", "1"), ("B", "x y"), ("C", null));

        await GeneratedAssembly.InvokeAsync(client, "FindAsync", value, 7, TestContext.Current.CancellationToken);
        await GeneratedAssembly.InvokeAsync(client, "FindAsync", null, 7, TestContext.Current.CancellationToken);

        Assert.Equal("https://q.example.com/find" + expectedQuery + "&n=7", handler.Requests[0].Request.RequestUri!.AbsoluteUri);
        Assert.Equal("https://q.example.com/find?n=7", handler.Requests[1].Request.RequestUri!.AbsoluteUri);
    }

    private static string Yaml(string shape, string style)
    {
        var schema = shape switch
        {
            "refNullableMap" => "$ref: '#/components/schemas/Labels'",
            "inlineMap" => "type: object\n            additionalProperties: {type: string}",
            "inlineObject" => "type: object\n            properties: {a: {type: string}, b: {type: string}, c: {type: string}}",
            _ => "$ref: '#/components/schemas/Range'",
        };
        return $$$"""
            openapi: 3.1.0
            info:
              title: Queries
              version: '1'
            servers:
              - url: https://q.example.com/
            paths:
              /find:
                get:
                  operationId: find
                  parameters:
                    - name: p
                      in: query
                      {{{style}}}
                      schema:
                        {{{schema}}}
                    - name: n
                      in: query
                      schema: {type: integer}
                  responses:
                    '204':
                      description: Found.
            components:
              schemas:
                Labels:
                  anyOf:
                    - type: object
                      additionalProperties: {type: string}
                    - type: 'null'
                Range:
                  type: object
                  properties: {a: {type: string}, b: {type: string}, c: {type: string}}
            """;
    }
}
