using System.Net;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Form (<c>application/x-www-form-urlencoded</c>) and multipart (<c>multipart/form-data</c>) request bodies are
/// generated, not dropped: a field per property (one per array item), and in multipart a <c>format: binary</c>
/// property is a file part sent from a stream with its file name.
/// </summary>
public sealed class FormBodyTests
{
    [Fact]
    public async Task A_form_body_is_sent_url_encoded_field_by_field()
    {
        var (client, handler, assembly) = Client(Yaml("application/x-www-form-urlencoded"));
        var message = GeneratedAssembly.Create(assembly, "Test.Api.Message", ("To", "+1 555"), ("Body", "héllo & bye"), ("Tags", new[] { "a", "b" }), ("Count", 3));

        await GeneratedAssembly.InvokeAsync(client, "SendMessageAsync", message, TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("to=%2B1+555&body=h%C3%A9llo+%26+bye&tags=a&tags=b&count=3", body);
    }

    [Fact]
    public async Task A_multipart_body_sends_a_part_per_field_and_the_file_from_its_stream()
    {
        var (client, handler, assembly) = Client(Yaml("multipart/form-data"));
        var file = (Content: (Stream)new MemoryStream("file bytes"u8.ToArray()), FileName: "note.txt");
        var message = GeneratedAssembly.Create(assembly, "Test.Api.Message", ("To", "+1 555"), ("Attachment", file), ("Tags", new[] { "a", "b" }));

        await GeneratedAssembly.InvokeAsync(client, "SendMessageAsync", message, TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("multipart/form-data", request.Content!.Headers.ContentType!.MediaType);
        var boundary = request.Content.Headers.ContentType.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        var parts = body!.Split("--" + boundary).Select(p => p.Trim()).Where(p => p.Length > 0 && p != "--").ToList();
        Assert.Equal(
            [
                "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=to\r\n\r\n+1 555",
                "Content-Disposition: form-data; name=attachment; filename=note.txt; filename*=utf-8''note.txt\r\n\r\nfile bytes",
                "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=tags\r\n\r\na",
                "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=tags\r\n\r\nb",
            ],
            parts);
    }

    [Fact]
    public async Task A_body_of_bytes_is_sent_from_a_stream_with_its_media_type()
    {
        var yaml = Yaml("application/octet-stream").Replace("$ref: '#/components/schemas/Message'", "{type: string, format: binary}", StringComparison.Ordinal);
        var (client, handler, _) = Client(yaml);

        await GeneratedAssembly.InvokeAsync(client, "SendMessageAsync", new MemoryStream("raw bytes"u8.ToArray()), TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("application/octet-stream", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("raw bytes", body);
    }

    [Fact]
    public void A_binary_parameter_is_text_because_files_travel_only_in_multipart_bodies()
    {
        var yaml = Yaml("multipart/form-data").Replace("      requestBody:", "      parameters:\n        - {name: digest, in: query, schema: {type: string, format: binary}}\n        - {name: parts, in: header, schema: {type: array, items: {type: string, format: binary}}}\n      requestBody:", StringComparison.Ordinal);

        var (client, _, _) = Client(yaml);

        Assert.Equal([typeof(string), typeof(IReadOnlyList<string>)], client.GetType().GetMethod("SendMessageAsync")!.GetParameters().Skip(1).Take(2).Select(p => p.ParameterType));
    }

    private static (object Client, RecordingHandler Handler, System.Reflection.Assembly Assembly) Client(string yaml)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var assembly = GeneratedAssembly.Load(outcome);
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.NoContent, string.Empty));
        return (Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!, handler, assembly);
    }

    private static string Yaml(string mediaType) => $$$"""
        openapi: 3.0.3
        info:
          title: Forms
          version: '1'
        servers:
          - url: https://forms.example.com/
        paths:
          /messages:
            post:
              operationId: sendMessage
              requestBody:
                required: true
                content:
                  {{{mediaType}}}:
                    schema:
                      $ref: '#/components/schemas/Message'
              responses:
                '204':
                  description: Sent.
        components:
          schemas:
            Message:
              type: object
              required: [to]
              properties:
                to: {type: string}
                body: {type: string}
                attachment: {type: string, format: binary}
                tags: {type: array, items: {type: string}}
                count: {type: integer}
        """;
}
