using System.Text.Encodings.Web;
using System.Text.Json;
using Formbricks.Contracts.Drift;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Tool.Output;

/// <summary>SARIF 2.1.0 (code scanning): the rules that fired, and one result per finding with its physical location.</summary>
internal static class SarifReport
{
    public static void Write(DiffReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "formbricks-contracts");
            json.WriteString("informationUri", "https://github.com/formbricks-contracts/formbricks-contracts/blob/main/docs/drift/README.md");
            json.WriteStartArray("rules");
            foreach (var id in report.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var rule = RuleCatalog.TryGet(id, out var known) ? known : null;
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule?.Description ?? id);
                json.WriteEndObject();
                json.WriteString("helpUri", $"https://github.com/formbricks-contracts/formbricks-contracts/blob/main/docs/drift/rules/{rule?.Family ?? "operations"}.md");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("level", finding.Level switch { FindingLevel.Err => "error", FindingLevel.Warn => "warning", _ => "note" });
                json.WriteStartObject("message");
                json.WriteString("text", finding.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", finding.Location.File.Replace('\\', '/'));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Location.Line);
                json.WriteNumber("startColumn", finding.Location.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
