using Formbricks.Contracts.OpenApi.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi.Tests.SourceMapping;

/// <summary>Spans of keys and values in small YAML and JSON specs, checked to the character.</summary>
public sealed class SourcePositionTests
{
    private const string OpenApi30 = """
        openapi: 3.0.3
        info:
          title: Demo
          version: 2.0
        paths:
          /v1/me:
            get:
              responses:
                '200':
                  description: ok
        components:
          schemas:
            Base: &base
              type: object
              nullable: true
              properties:
                a~b:
                  type: string
            Copy: *base

        """;

    private const string OpenApi31 = """
        openapi: 3.1.0
        info:
          title: Demo
          version: '1'
        paths: {}
        components:
          schemas:
            Name:
              type: [string, 'null']
              pattern: ^[a-z]+$

        """;

    private const string Json = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Demo", "version": "1" },
          "paths": {
            "/v1/me": { "get": { "responses": { "200": { "description": "ok" } } } }
          }
        }
        """;

    [Fact]
    public void OpenApi30_document_reads_with_nullable_as_a_null_type_and_an_unquoted_version()
    {
        var result = SpecReader.Read("specs/demo.yaml", OpenApi30, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        var document = Assert.IsType<OpenApiDocument>(result.Document);
        Assert.Equal("2.0", document.Info.Version);
        Assert.Equal(JsonSchemaType.Object | JsonSchemaType.Null, document.Components!.Schemas!["Base"].Type);
    }

    [Fact]
    public void Key_spans_cover_the_key_text_including_quotes_and_escape_slashes_in_pointers()
    {
        var result = SpecReader.Read("demo.yaml", OpenApi30, TestContext.Current.CancellationToken);

        Assert.True(result.SourceMap.TryGetKeySpan("/paths/~1v1~1me", out var path));
        SpecAssert.At(path, line: 5, column: 2, offset: 59, length: 6);
        Assert.Equal(5, path.EndLine);
        Assert.Equal(8, path.EndColumn);

        Assert.True(result.SourceMap.TryGetKeySpan("/paths/~1v1~1me/get/responses/200", out var status));
        SpecAssert.At(status, line: 8, column: 8, offset: 101, length: 5);
        Assert.Equal("'200'", SpecAssert.Slice(OpenApi30, status));

        Assert.True(result.SourceMap.TryGetKeySpan("/components/schemas/Base/properties/a~0b", out var tilde));
        SpecAssert.At(tilde, line: 16, column: 8, offset: 239, length: 3);
    }

    [Fact]
    public void Value_spans_cover_scalars_and_block_mappings()
    {
        var result = SpecReader.Read("demo.yaml", OpenApi30, TestContext.Current.CancellationToken);

        Assert.True(result.SourceMap.TryGetSpan("/info/version", out var version));
        SpecAssert.At(version, line: 3, column: 11, offset: 46, length: 3);

        // A block mapping runs from its first key to the end of its last value.
        Assert.True(result.SourceMap.TryGetSpan("/paths/~1v1~1me/get/responses/200", out var response));
        SpecAssert.At(response, line: 9, column: 10, offset: 118, length: 15);
        Assert.Equal("description: ok", SpecAssert.Slice(OpenApi30, response));

        Assert.True(result.SourceMap.TryGetSpan("", out var root));
        SpecAssert.At(root, line: 0, column: 0, offset: 0);
    }

    [Fact]
    public void Aliases_are_resolved_by_copying_the_anchored_node_and_map_to_the_alias()
    {
        var result = SpecReader.Read("demo.yaml", OpenApi30, TestContext.Current.CancellationToken);

        var copy = result.Document!.Components!.Schemas!["Copy"];
        Assert.Equal(JsonSchemaType.Object | JsonSchemaType.Null, copy.Type);
        Assert.Equal(JsonSchemaType.String, copy.Properties!["a~b"].Type);

        Assert.True(result.SourceMap.TryGetSpan("/components/schemas/Copy", out var alias));
        SpecAssert.At(alias, line: 18, column: 10, offset: 277, length: 5);
        Assert.Equal(alias, result.SourceMap.Find("/components/schemas/Copy/properties/a~0b/type"));
    }

    [Fact]
    public void OpenApi31_type_arrays_read_and_flow_sequence_items_have_spans()
    {
        var result = SpecReader.Read("demo31.yml", OpenApi31, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        var schema = result.Document!.Components!.Schemas!["Name"];
        Assert.Equal(JsonSchemaType.String | JsonSchemaType.Null, schema.Type);
        Assert.Equal("^[a-z]+$", schema.Pattern);

        Assert.True(result.SourceMap.TryGetSpan("/components/schemas/Name/type", out var sequence));
        SpecAssert.At(sequence, line: 8, column: 12, offset: 105, length: 16);
        Assert.True(result.SourceMap.TryGetSpan("/components/schemas/Name/type/1", out var item));
        SpecAssert.At(item, line: 8, column: 21, offset: 114, length: 6);
        Assert.True(result.SourceMap.TryGetSpan("#/components/schemas/Name/pattern", out var pattern));
        SpecAssert.At(pattern, line: 9, column: 15, offset: 137, length: 8);
    }

    [Fact]
    public void Json_specs_read_with_positions_too()
    {
        var result = SpecReader.Read("api.json", Json, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.Equal("ok", result.Document!.Paths["/v1/me"].Operations![HttpMethod.Get].Responses!["200"].Description);

        Assert.True(result.SourceMap.TryGetKeySpan("/paths/~1v1~1me", out var key));
        SpecAssert.At(key, line: 4, column: 4, offset: 88, length: 8);
        Assert.True(result.SourceMap.TryGetSpan("/paths/~1v1~1me", out var value));
        SpecAssert.At(value, line: 4, column: 14, offset: 98);
        Assert.Equal("""{ "get": { "responses": { "200": { "description": "ok" } } } }""", SpecAssert.Slice(Json, value));
        Assert.True(result.SourceMap.TryGetSpan("/paths/~1v1~1me/get/responses/200/description", out var description));
        SpecAssert.At(description, line: 4, column: 64, offset: 148, length: 4);
    }

    [Fact]
    public void Crlf_line_endings_count_as_one_line_break()
    {
        var text = OpenApi30.Replace("\n", "\r\n");

        var result = SpecReader.Read("demo.yaml", text, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.True(result.SourceMap.TryGetSpan("/info/version", out var version));
        SpecAssert.At(version, line: 3, column: 11, offset: 46 + 3, length: 3);
        Assert.Equal("2.0", SpecAssert.Slice(text, version));
    }

    [Fact]
    public void Find_falls_back_to_the_nearest_ancestor_and_then_to_the_root()
    {
        var result = SpecReader.Read("demo.yaml", OpenApi30, TestContext.Current.CancellationToken);

        Assert.True(result.SourceMap.TryGetSpan("/paths/~1v1~1me/get", out var get));
        Assert.Equal(get, result.SourceMap.Find("/paths/~1v1~1me/get/parameters/0/schema"));
        Assert.True(result.SourceMap.TryGetSpan("", out var root));
        Assert.Equal(root, result.SourceMap.Find("/nothing/here"));
        Assert.False(result.SourceMap.TryGetSpan("/paths/~1v1~1me/get/parameters", out _));
        Assert.False(result.SourceMap.TryGetKeySpan("", out _));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_but_counted_in_offsets()
    {
        const string text = "\uFEFFopenapi: 3.1.0\ninfo: {title: Demo, version: '1'}\npaths: {}\n";

        var result = SpecReader.Read("bom.yaml", text, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.True(result.SourceMap.TryGetKeySpan("/openapi", out var key));
        SpecAssert.At(key, line: 0, column: 1, offset: 1, length: 7);
        Assert.True(result.SourceMap.TryGetSpan("/info/title", out var title));
        SpecAssert.At(title, line: 1, column: 14, offset: 30, length: 4);
    }

    [Fact]
    public void Tab_indented_json_reads_with_positions()
    {
        const string text = "{\n\t\"openapi\": \"3.1.0\",\n\t\"info\": {\n\t\t\"title\": \"Demo\",\n\t\t\"version\": \"1\"\n\t},\n\t\"paths\": {}\n}";

        var result = SpecReader.Read("tabs.json", text, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.True(result.SourceMap.TryGetSpan("/info/title", out var title));
        SpecAssert.At(title, line: 3, column: 11, offset: 45, length: 6);
        Assert.True(result.SourceMap.TryGetSpan("/info", out var info));
        Assert.Equal(text.IndexOf("{\n\t\t", StringComparison.Ordinal), info.Offset);
        Assert.EndsWith("\t}", SpecAssert.Slice(text, info), StringComparison.Ordinal);
    }
}
