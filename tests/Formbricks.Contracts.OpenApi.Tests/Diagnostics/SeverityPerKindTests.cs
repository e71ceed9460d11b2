using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Diagnostics;

/// <summary>Every kind of finding has one severity, so a consumer can map kinds to ids of one severity each.</summary>
public sealed class SeverityPerKindTests
{
    [Fact]
    public void A_second_yaml_document_is_an_extra_documents_warning_at_its_marker()
    {
        const string text = "openapi: 3.0.3\ninfo: {title: Demo, version: '1'}\npaths: {}\n---\nsecond: document\n";
        var result = SpecReader.Read("two.yml", text, TestContext.Current.CancellationToken);

        var warning = SpecAssert.Single(result, SpecDiagnosticKind.ExtraDocuments);
        Assert.Equal(SpecDiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(3, warning.Span.StartLine);
        Assert.DoesNotContain(result.Diagnostics, d => d.Kind == SpecDiagnosticKind.MalformedDocument);
    }

    [Fact]
    public void Every_finding_of_the_reader_tests_specs_has_its_kinds_severity()
    {
        string[] texts =
        [
            "openapi: 3.0.3\ninfo: {title: Demo, version: '1'}\npaths: {}\n---\nx: 1\n",
            "openapi: 3.2.0\ninfo: {title: Demo, version: '1'}\npaths: {}\n",
            "openapi: 3.0.3\ninfo: {title: Demo, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'other.yml#/X'}\n",
            "openapi: 3.0.3\ninfo: {version: '1'}\npaths: {}\n",
            "openapi: [unclosed\n",
        ];

        var findings = texts.SelectMany(text => SpecReader.Read("t.yml", text, TestContext.Current.CancellationToken).Diagnostics).ToList();

        Assert.True(findings.Select(d => d.Kind).Distinct().Count() >= 4, string.Join("\n", findings));
        Assert.All(findings, d => Assert.Equal(SpecDiagnosticKinds.SeverityOf(d.Kind), d.Severity));
    }

    [Fact]
    public void A_diagnostic_cannot_be_made_with_another_severity_than_its_kinds()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            new SpecDiagnostic(SpecDiagnosticKind.ExtraDocuments, SpecDiagnosticSeverity.Error, "m", string.Empty, default));

        Assert.Contains("always a Warning", exception.Message, StringComparison.Ordinal);
    }
}
