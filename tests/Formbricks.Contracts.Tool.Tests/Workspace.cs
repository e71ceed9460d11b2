namespace Formbricks.Contracts.Tool.Tests;

/// <summary>A temporary folder with a base and a revision document that differ by one breaking change (and one warning).</summary>
internal sealed class Workspace : IDisposable
{
    public const string Base = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        servers: [{url: 'https://api.example.com/v1'}]
        paths:
          /items/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: limit, in: query, schema: {type: integer, maximum: 250}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, properties: {state: {type: string, enum: [open, closed]}}}}}}
          /others:
            get:
              responses: {'200': {description: ok}}
        """;

    /// <summary>The limit's maximum lowered (ERR, line 9) and a new enum value in the response (WARN, line 11).</summary>
    public const string Revision = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        servers: [{url: 'https://api.example.com/v1'}]
        paths:
          /items/{itemId}:
            get:
              parameters:
                - {name: itemId, in: path, required: true, schema: {type: string}}
                - {name: limit, in: query, schema: {type: integer, maximum: 100}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, properties: {state: {type: string, enum: [open, closed, archived]}}}}}}
          /others:
            get:
              responses: {'200': {description: ok}}
        """;

    public Workspace()
    {
        Directory = Path.Combine(Path.GetTempPath(), "fbc-tool-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "base.yml"), Base);
        File.WriteAllText(Path.Combine(Directory, "revision.yml"), Revision);
    }

    public string Directory { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
