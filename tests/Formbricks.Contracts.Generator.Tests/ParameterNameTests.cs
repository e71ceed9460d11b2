using System.Net;
using System.Reflection;
using System.Text;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Parameter names from the spec never clash with the names the generated methods declare themselves (<c>__path</c>,
/// <c>__query</c>, <c>__request</c>, <c>__body</c>, <c>__item</c>, the paging companion's locals, <c>cancellationToken</c>)
/// nor with each other (C# keywords, names that differ only in case or become the same identifier).
/// </summary>
public sealed class ParameterNameTests
{
    /// <summary>Every name the generated code uses, and the names that become one of them or the same identifier.</summary>
    public static readonly string[] TrickyNames =
    [
        "path", "query", "request", "body", "item", "content", "cancellationToken", "cancellation_token", "__path", "__item",
        "class", "Path", "r", "w", "v", "page", "items", "meta", "size", "pageSize", "totalValue", "local", "value",
    ];

    [Fact]
    public void Every_generated_name_and_tricky_name_as_path_query_and_header_parameters_compiles()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(SpecWithEveryName()));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var client = outcome.Output.GetTypeByMetadataName("Test.Api.TestClient")!;
        Assert.Equal(TrickyNames.Length, client.GetMembers().Count(m => m.Name.StartsWith("Enumerate", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Each_parameter_reaches_the_wire_under_its_own_name()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(SpecWithEveryName()));
        var assembly = GeneratedAssembly.Load(outcome);
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.OK, """{"data":[]}"""));
        var client = Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!;
        var method = client.GetType().GetMethod("Op0Async")!;

        Assert.Equal(
            ["path", "path2", "path4", "body", "path3", "path5", "limit", "skip", "cancellationToken"],
            method.GetParameters().Select(p => p.Name));
        var arguments = method.GetParameters().Select(p => Argument(p, assembly)).ToArray();
        await (Task)method.Invoke(client, arguments)!;

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("https://names.example.com/ops0/a/b?path=d1&path=d2&Path=c&limit=4&skip=5", request.RequestUri!.AbsoluteUri);
        Assert.Equal(["7", "8"], request.Headers.GetValues("path"));
        Assert.Equal("""{"name":"n"}""", body);
    }

    private static object? Argument(ParameterInfo parameter, Assembly assembly) => parameter.Name switch
    {
        "path" => "a",
        "path2" => "b",
        "path3" => new[] { "d1", "d2" },
        "path4" => "c",
        "path5" => new[] { 7, 8 },
        "limit" => 4,
        "skip" => 5,
        "body" => GeneratedAssembly.Create(assembly, "Test.Api.Thing", ("Name", "n")),
        _ => TestContext.Current.CancellationToken,
    };

    /// <summary>
    /// One paged operation per name: the name as a required path parameter, a second required path parameter whose
    /// name becomes the same identifier (<c>path</c>, <c>Path</c>), the name as an optional query array and the other
    /// as a required query string, the name as an optional header array, and an optional JSON body.
    /// </summary>
    private static string SpecWithEveryName()
    {
        var yaml = new StringBuilder("""
            openapi: 3.0.3
            info:
              title: Names
              version: '1'
            servers:
              - url: https://names.example.com/
            paths:

            """);
        for (var i = 0; i < TrickyNames.Length; i++)
        {
            var name = TrickyNames[i];
            var twin = Twin(name);
            yaml.Append($$$$"""
                  /ops{{{{i}}}}/{{{{{name}}}}}/{{{{{twin}}}}}:
                    post:
                      operationId: op{{{{i}}}}
                      parameters:
                        - {name: '{{{{name}}}}', in: path, required: true, schema: {type: string}}
                        - {name: '{{{{twin}}}}', in: path, required: true, schema: {type: string}}
                        - {name: '{{{{name}}}}', in: query, schema: {type: array, items: {type: string}}}
                        - {name: '{{{{twin}}}}', in: query, required: true, schema: {type: string}}
                        - {name: '{{{{name}}}}', in: header, schema: {type: array, items: {type: integer}}}
                        - {name: limit, in: query, schema: {type: integer}}
                        - {name: skip, in: query, schema: {type: integer}}
                      requestBody:
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/Thing'
                      responses:
                        '200':
                          description: A page.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Page'

                """);
        }

        yaml.Append("""
            components:
              schemas:
                Thing: {type: object, properties: {name: {type: string}}}
                Page:
                  type: object
                  properties:
                    data:
                      type: array
                      items:
                        $ref: '#/components/schemas/Thing'
            """);
        return yaml.ToString();
    }

    /// <summary>Another wire name that becomes the same C# identifier: <c>path</c> → <c>Path</c>, <c>__path</c> → <c>path</c>.</summary>
    private static string Twin(string name) => char.IsLetter(name[0])
        ? (char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) : char.ToUpperInvariant(name[0])) + name.Substring(1)
        : name.TrimStart('_');
}
