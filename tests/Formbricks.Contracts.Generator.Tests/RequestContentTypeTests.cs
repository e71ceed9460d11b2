using System.Net;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// A request body's content key may carry parameters (<c>application/json; charset=utf-8</c>): the generated client,
/// compiled and run, sends the media type with <c>charset=utf-8</c> instead of throwing a FormatException.
/// </summary>
public sealed class RequestContentTypeTests
{
    [Theory]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("'application/merge-patch+json;charset=UTF-8'", "application/merge-patch+json")]
    [InlineData("'application/json ; version=2'", "application/json")]
    [InlineData("'*/*'", "application/json")]
    [InlineData("application/json", "application/json")]
    public async Task The_generated_client_sends_the_media_type_of_a_content_key_with_parameters(string contentKey, string expectedMediaType)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml.Replace("CONTENT_KEY", contentKey)));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));

        var assembly = GeneratedAssembly.Load(outcome);
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.NoContent, string.Empty));
        var client = Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!;
        var thing = GeneratedAssembly.Create(assembly, "Test.Api.Thing", ("Name", "Tom"));

        await GeneratedAssembly.InvokeAsync(client, "CreateThingAsync", thing, TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(expectedMediaType, request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", request.Content.Headers.ContentType.CharSet);
        Assert.Equal("""{"name":"Tom"}""", body);
    }

    private const string Yaml = """
        openapi: 3.0.3
        info:
          title: Bodies
          version: '1'
        servers:
          - url: https://things.example.com/
        paths:
          /things:
            post:
              operationId: createThing
              requestBody:
                required: true
                content:
                  CONTENT_KEY:
                    schema:
                      $ref: '#/components/schemas/Thing'
              responses:
                '204':
                  description: Created.
        components:
          schemas:
            Thing:
              type: object
              properties:
                name:
                  type: string
        """;
}
