using System.Text.Encodings.Web;
using System.Text.Json;
using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Output;

/// <summary><c>{"findings": [{"id", "level", "operation": {"method", "path"}, "message", "location": {"file", "line", "column"}}]}</c>, as docs/drift/findings.schema.json describes.</summary>
internal static class JsonReport
{
    public static void Write(DiffReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.RuleId);
                json.WriteString("level", FindingLevels.Name(finding.Level));
                json.WriteStartObject("operation");
                json.WriteString("method", finding.Method);
                json.WriteString("path", finding.Path);
                json.WriteEndObject();
                json.WriteString("message", finding.Message);
                json.WriteStartObject("location");
                json.WriteString("file", finding.Location.File);
                json.WriteNumber("line", finding.Location.Line);
                json.WriteNumber("column", finding.Location.Column);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
