using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Formbricks.Contracts.Verify;

/// <summary>Writes a <see cref="VerifyReport"/> as text, JSON or JUnit XML.</summary>
public static class ReportWriter
{
    /// <summary>The formats: <c>text</c>, <c>json</c>, <c>junit</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "junit"];

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(VerifyReport report, string format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case "json":
                output.Write(Json(report));
                break;
            case "junit":
                output.Write(Junit(report));
                break;
            default:
                Text(report, output);
                break;
        }
    }

    private static void Text(VerifyReport report, TextWriter output)
    {
        foreach (var failure in report.Failures)
        {
            output.WriteLine($"FAIL {failure.Check}: {failure.Operation} → {failure.Status}: {failure.Message}");
            output.WriteLine($"     {failure.Curl}");
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine("warning: " + warning);
        }

        var stopped = report.StoppedBy is null ? string.Empty : $" (stopped early by --{report.StoppedBy})";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Operations.Count} operations, {report.Requests} requests, {report.Cases.Count} checks applied, {report.Failures.Count} failures in {report.Elapsed.TotalSeconds:0.0} s{stopped}."));
    }

    private static string Json(VerifyReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("operations", report.Operations.Count);
            json.WriteNumber("requests", report.Requests);
            json.WriteNumber("checks", report.Cases.Count);
            json.WriteNumber("elapsedSeconds", Math.Round(report.Elapsed.TotalSeconds, 3));
            if (report.StoppedBy is { } stoppedBy)
            {
                json.WriteString("stoppedBy", stoppedBy);
            }
            else
            {
                json.WriteNull("stoppedBy");
            }

            json.WriteStartArray("warnings");
            foreach (var warning in report.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteStartArray("failures");
            foreach (var failure in report.Failures)
            {
                json.WriteStartObject();
                json.WriteString("check", failure.Check);
                json.WriteStartObject("operation");
                json.WriteString("method", failure.Method);
                json.WriteString("path", failure.Template);
                json.WriteEndObject();
                json.WriteNumber("status", failure.Status);
                json.WriteString("message", failure.Message);
                json.WriteString("curl", failure.Curl);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static string Junit(VerifyReport report)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", "formbricks-contracts verify");
            foreach (var group in report.Cases.GroupBy(c => c.Check))
            {
                var cases = group.ToList();
                var failed = cases.Count(c => report.Failures.Any(f => f.Check == c.Check && f.Operation == c.Operation));
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", group.Key);
                writer.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("failures", failed.ToString(CultureInfo.InvariantCulture));
                foreach (var item in cases)
                {
                    writer.WriteStartElement("testcase");
                    writer.WriteAttributeString("classname", item.Check);
                    writer.WriteAttributeString("name", item.Operation);
                    foreach (var failure in report.Failures.Where(f => f.Check == item.Check && f.Operation == item.Operation))
                    {
                        writer.WriteStartElement("failure");
                        writer.WriteAttributeString("message", $"{failure.Status}: {failure.Message}");
                        writer.WriteString(failure.Curl);
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return text.AppendLine().ToString();
    }
}
