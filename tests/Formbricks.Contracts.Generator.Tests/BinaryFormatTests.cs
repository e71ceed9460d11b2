using System.Net;
using System.Text.Json;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// A <c>format: binary</c> string is a file (<c>(Stream Content, string FileName)</c>) only as a part of a
/// <c>multipart/form-data</c> body (a property of the body object, or an item of an array property); everywhere else
/// (JSON bodies and responses at any depth: properties, items, map values, union cases, <c>allOf</c> parts, nullable
/// variants) it is a string that reads and writes the JSON text as it is. A multipart body object that is also used
/// elsewhere keeps its strings, and the multipart bodies get a <c>{Name}Multipart</c> record with files.
/// <c>format: byte</c> stays <c>byte[]</c> (base64) everywhere.
/// </summary>
public sealed class BinaryFormatTests
{
    [Fact]
    public void A_binary_string_is_a_file_only_in_multipart_parts_and_text_everywhere_else()
    {
        var outcome = Generate();

        Assert.Equal("(System.IO.Stream Content, string FileName)?", PropertyType(outcome, "Upload", "File"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<(System.IO.Stream Content, string FileName)>?", PropertyType(outcome, "Upload", "Attachments"));
        Assert.Equal("string?", PropertyType(outcome, "UploadMeta", "Blob"));
        Assert.Equal("string?", PropertyType(outcome, "Document", "Content"));
        Assert.Equal("byte[]?", PropertyType(outcome, "Document", "Thumbnail"));
        Assert.Equal("(System.IO.Stream Content, string FileName)?", PropertyType(outcome, "DocumentMultipart", "Content"));
        Assert.Equal("byte[]?", PropertyType(outcome, "DocumentMultipart", "Thumbnail"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<string>?", PropertyType(outcome, "Listing", "Blobs"));
        Assert.Equal("System.Collections.Generic.IReadOnlyDictionary<string, string>?", PropertyType(outcome, "Listing", "ByName"));
        Assert.Equal("string?", PropertyType(outcome, "Listing", "Maybe"));
        Assert.Equal("string?", PropertyType(outcome, "Listing", "Wrapped"));
        Assert.Equal("string?", PropertyType(outcome, "Listing", "Aliased"));
        Assert.Equal("Test.Api.ListingEither?", PropertyType(outcome, "Listing", "Either"));
        Assert.Equal("string", outcome.Output.GetTypeByMetadataName("Test.Api.ListingEither+String")!.GetMembers("Value").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public void Json_with_binary_strings_round_trips_the_text_at_any_depth()
    {
        var assembly = GeneratedAssembly.Load(Generate());
        const string json = """{"blobs":["AAEC","raw text"],"byName":{"a":"x y"},"maybe":"m","wrapped":"w","aliased":"al","either":"bytes","nested":{"blob":"deep"}}""";

        var listing = JsonSerializer.Deserialize(json, assembly.GetType("Test.Api.Listing", throwOnError: true)!)!;

        Assert.Equal(json, JsonSerializer.Serialize(listing, listing.GetType()));
        Assert.Equal("raw text", ((IReadOnlyList<string>)listing.GetType().GetProperty("Blobs")!.GetValue(listing)!)[1]);
    }

    [Fact]
    public async Task A_json_response_reads_the_binary_text_and_byte_stays_base64()
    {
        var assembly = GeneratedAssembly.Load(Generate());
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.OK, """{"title":"t","content":"the text of the file","thumbnail":"AAEC"}"""));
        var client = Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!;

        var document = (await GeneratedAssembly.InvokeAsync(client, "GetDocumentAsync", TestContext.Current.CancellationToken))!;

        Assert.Equal("the text of the file", document.GetType().GetProperty("Content")!.GetValue(document));
        Assert.Equal(new byte[] { 0, 1, 2 }, document.GetType().GetProperty("Thumbnail")!.GetValue(document));
        Assert.Equal("""{"title":"t","content":"the text of the file","thumbnail":"AAEC"}""", JsonSerializer.Serialize(document, document.GetType()));
    }

    [Fact]
    public async Task A_multipart_body_sends_file_parts_from_streams_one_per_array_item()
    {
        var assembly = GeneratedAssembly.Load(Generate());
        var (client, handler) = Client(assembly);
        var meta = GeneratedAssembly.Create(assembly, "Test.Api.UploadMeta", ("Blob", "inline"));
        var upload = GeneratedAssembly.Create(
            assembly,
            "Test.Api.Upload",
            ("Name", "n"),
            ("File", File("one", "a.txt")),
            ("Attachments", new[] { File("two", "b.txt"), File("three", "c.txt") }),
            ("Meta", meta));

        await GeneratedAssembly.InvokeAsync(client, "UploadAsync", upload, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=name\r\n\r\nn",
                "Content-Disposition: form-data; name=file; filename=a.txt; filename*=utf-8''a.txt\r\n\r\none",
                "Content-Disposition: form-data; name=attachments; filename=b.txt; filename*=utf-8''b.txt\r\n\r\ntwo",
                "Content-Disposition: form-data; name=attachments; filename=c.txt; filename*=utf-8''c.txt\r\n\r\nthree",
                "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=meta\r\n\r\n{\"blob\":\"inline\"}",
            ],
            Parts(Assert.Single(handler.Requests)));
    }

    [Fact]
    public async Task A_multipart_body_shared_with_json_gets_a_record_of_its_own_with_files()
    {
        var assembly = GeneratedAssembly.Load(Generate());
        var (client, handler) = Client(assembly);
        var document = GeneratedAssembly.Create(assembly, "Test.Api.DocumentMultipart", ("Title", "t"), ("Content", File("body", "d.bin")));

        Assert.Equal("DocumentMultipart", client.GetType().GetMethod("PutDocumentAsync")!.GetParameters()[0].ParameterType.Name);
        await GeneratedAssembly.InvokeAsync(client, "PutDocumentAsync", document, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=title\r\n\r\nt",
                "Content-Disposition: form-data; name=content; filename=d.bin; filename*=utf-8''d.bin\r\n\r\nbody",
            ],
            Parts(Assert.Single(handler.Requests)));
    }

    [Fact]
    public async Task A_json_request_body_writes_the_binary_text()
    {
        var assembly = GeneratedAssembly.Load(Generate());
        var (client, handler) = Client(assembly);
        var document = GeneratedAssembly.Create(assembly, "Test.Api.Document", ("Title", "t"), ("Content", "text of the file"));

        await GeneratedAssembly.InvokeAsync(client, "PostDocumentAsync", document, TestContext.Current.CancellationToken);

        Assert.Equal("""{"title":"t","content":"text of the file"}""", Assert.Single(handler.Requests).Body);
    }

    [Fact]
    public void The_large_box_document_maps_its_binary_strings_to_text_outside_multipart_bodies()
    {
        var path = Path.Combine(Path.GetDirectoryName(RepositoryRoot.UpstreamDirectory)!, "benchmark-specs", "box-platform.openapi.json");
        if (!System.IO.File.Exists(path))
        {
            Assert.Skip($"'{path}' is not beside this clone.");
        }

        var outcome = GeneratorHarness.Run(SpecFile.FromDisk(path, "Real.Document", "RealClient"));

        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var files = outcome.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type, TestContext.Current.CancellationToken).OfType<INamedTypeSymbol>()
            .SelectMany(t => t.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.ToDisplayString().Contains("System.IO.Stream Content", StringComparison.Ordinal)).Select(p => t.Name + "." + p.Name))
            .ToList();
        var multipartBodies = outcome.Output.GetTypeByMetadataName("Real.Document.RealClient")!.GetMembers().OfType<IMethodSymbol>()
            .SelectMany(m => m.Parameters).Select(p => p.Type.Name).ToHashSet(StringComparer.Ordinal);
        // Its nine binary strings: three multipart file parts, two octet-stream bodies (a Stream parameter), four
        // non-JSON responses (no body type); no JSON model has one, so no other property is a file.
        Assert.Equal(["File", "File", "Pic"], files.Select(f => f.Split('.')[1]).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Contains(f.Split('.')[0], multipartBodies));
    }

    private static GeneratorOutcome Generate()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        return outcome;
    }

    private static string PropertyType(GeneratorOutcome outcome, string type, string property) =>
        outcome.Output.GetTypeByMetadataName("Test.Api." + type)!.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();

    private static (Stream Content, string FileName) File(string text, string name) => (new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), name);

    private static (object Client, RecordingHandler Handler) Client(System.Reflection.Assembly assembly)
    {
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.NoContent, string.Empty));
        return (Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!, handler);
    }

    private static List<string> Parts((HttpRequestMessage Request, string? Body) sent)
    {
        Assert.Equal("multipart/form-data", sent.Request.Content!.Headers.ContentType!.MediaType);
        var boundary = sent.Request.Content.Headers.ContentType.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        return sent.Body!.Split("--" + boundary).Select(p => p.Trim()).Where(p => p.Length > 0 && p != "--").ToList();
    }

    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Files
          version: '1'
        servers:
          - url: https://files.example.com/
        paths:
          /uploads:
            post:
              operationId: upload
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema: {$ref: '#/components/schemas/Upload'}
              responses:
                '204': {description: Stored.}
          /documents:
            get:
              operationId: getDocument
              responses:
                '200':
                  description: The document.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Document'}
            put:
              operationId: putDocument
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema: {$ref: '#/components/schemas/Document'}
              responses:
                '204': {description: Stored.}
            post:
              operationId: postDocument
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Document'}
              responses:
                '204': {description: Stored.}
          /listings:
            get:
              operationId: getListing
              responses:
                '200':
                  description: A listing.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Listing'}
        components:
          schemas:
            Blob: {type: string, format: binary}
            Upload:
              type: object
              properties:
                name: {type: string}
                file: {type: string, format: binary}
                attachments: {type: array, items: {type: string, format: binary}}
                meta:
                  type: object
                  properties:
                    blob: {type: string, format: binary}
            Document:
              type: object
              properties:
                title: {type: string}
                content: {type: string, format: binary}
                thumbnail: {type: string, format: byte}
            Listing:
              type: object
              properties:
                blobs: {type: array, items: {type: string, format: binary}}
                byName: {type: object, additionalProperties: {type: string, format: binary}}
                maybe: {type: [string, 'null'], format: binary}
                wrapped: {allOf: [{$ref: '#/components/schemas/Blob'}], description: A file's text.}
                aliased: {$ref: '#/components/schemas/Blob'}
                either:
                  oneOf:
                    - {type: string, format: binary}
                    - {type: integer}
                nested:
                  type: object
                  properties:
                    blob: {type: string, format: binary}
        """;
}
