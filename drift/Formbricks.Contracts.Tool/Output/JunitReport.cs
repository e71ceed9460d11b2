using System.Globalization;
using System.Xml;
using Formbricks.Contracts.Drift;

namespace Formbricks.Contracts.Tool.Output;

/// <summary>JUnit XML: one test case per finding, failed when at or above the threshold; one passing case when there is nothing.</summary>
internal static class JunitReport
{
    public static void Write(DiffReport report, TextWriter writer)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartElement("testsuites");
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "formbricks-contracts diff");
        xml.WriteAttributeString("tests", Math.Max(1, report.Findings.Count).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", report.Failing.ToString(CultureInfo.InvariantCulture));
        if (report.Findings.Count == 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "formbricks-contracts.diff");
            xml.WriteAttributeString("name", "no changes");
            xml.WriteEndElement();
        }

        foreach (var finding in report.Findings)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "formbricks-contracts.diff." + finding.RuleId);
            xml.WriteAttributeString("name", DiffReport.Operation(finding) + " at " + finding.Location);
            if (report.Fails(finding))
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("type", FindingLevels.Name(finding.Level));
                xml.WriteAttributeString("message", finding.Message);
                xml.WriteString($"{finding.Location}: {FindingLevels.Name(finding.Level)} {finding.RuleId}: {finding.Message}");
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteElementString("system-out", $"{FindingLevels.Name(finding.Level)} {finding.RuleId}: {finding.Message}");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.Flush();
        writer.WriteLine();
    }
}
