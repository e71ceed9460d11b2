using System.Net;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// A JSON <c>null</c> where the spec writes a value (an <c>enum</c> member, a <c>default</c>, an <c>example</c>, an
/// extension) is null to the generator: Microsoft.OpenApi's stand-in for it (<c>openapi-json-null-sentinel-value-…</c>)
/// never reaches generated code, a null enum member makes the type nullable, and a null default is not documented.
/// </summary>
public sealed class NullValueTests
{
    [Theory]
    [InlineData("3.0.3", "type: string\n      nullable: true")]
    [InlineData("3.1.0", "type: [string, 'null']")]
    [InlineData("3.1.0", "type: string")]
    public void A_null_enum_member_default_or_example_leaves_no_placeholder_in_the_generated_code(string version, string stringType)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml(version, stringType)));

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.All(outcome.Sources, s => Assert.DoesNotContain("sentinel", s.SourceText.ToString(), StringComparison.OrdinalIgnoreCase));
        var status = outcome.Output.GetTypeByMetadataName("Test.Api.Status")!;
        Assert.Equal(["Active", "Paused"], status.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic && SymbolEqualityComparer.Default.Equals(p.Type, status)).Select(p => p.Name));
        var thing = outcome.Output.GetTypeByMetadataName("Test.Api.Thing")!;
        foreach (var property in new[] { "Status", "Mode", "Note" })
        {
            var type = ((IPropertySymbol)thing.GetMembers(property).Single()).Type;
            Assert.True(type.NullableAnnotation == NullableAnnotation.Annotated, $"{property} is {type.ToDisplayString()}, not nullable");
        }

        var client = outcome.Sources.Single(s => s.HintName.EndsWith("TestClient.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.DoesNotContain("The server's default is", client, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_enum_member_reads_and_writes_as_null()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml("3.0.3", "type: string")));
        var assembly = GeneratedAssembly.Load(outcome);
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.OK, """[{"status":null,"mode":"slow"},{"status":"paused","mode":null}]"""));
        var client = Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!;

        var things = (System.Collections.IEnumerable)(await GeneratedAssembly.InvokeAsync(client, "GetThingsAsync", null, null, TestContext.Current.CancellationToken))!;

        var read = things.Cast<object>().Select(t => (t.GetType().GetProperty("Status")!.GetValue(t)?.ToString(), t.GetType().GetProperty("Mode")!.GetValue(t)?.ToString())).ToList();
        Assert.Equal([(null, "slow"), ("paused", null)], read);
        Assert.Equal("https://things.example.com/things", Assert.Single(handler.Requests).Request.RequestUri!.AbsoluteUri);
    }

    private static string Yaml(string version, string stringType) => $$$"""
        openapi: {{{version}}}
        info:
          title: Nulls
          version: '1'
        servers:
          - url: https://things.example.com/
        paths:
          /things:
            get:
              operationId: getThings
              x-sunset: null
              parameters:
                - name: expirationDays
                  in: query
                  schema:
                    type: integer
                    default: null
                - name: status
                  in: query
                  schema:
                    $ref: '#/components/schemas/Status'
              responses:
                '200':
                  description: Things.
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        components:
          schemas:
            Status:
              {{{stringType}}}
              enum: [active, paused, null]
              default: null
              example: null
            Thing:
              type: object
              properties:
                status:
                  $ref: '#/components/schemas/Status'
                mode:
                  type: string
                  enum: [fast, slow, null]
                  default: null
                note:
                  type: string
                  nullable: true
                  default: null
                  example: null
        """;
}
