using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Reading;

/// <summary>Version checks, reader errors and validation-rule results, mapped onto the text.</summary>
public sealed class OpenApiValidationTests
{
    [Fact]
    public void Missing_openapi_field_is_invalid_at_the_root_and_gives_no_document()
    {
        const string text = "info:\n  title: Demo\n  version: '1'\npaths: {}\n";

        var result = SpecReader.Read("no-version.yaml", text, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.InvalidOpenApi);
        Assert.Equal(SpecDiagnosticSeverity.Error, error.Severity);
        Assert.Equal(string.Empty, error.Pointer);
        SpecAssert.At(error.Span, line: 0, column: 0, offset: 0);
        Assert.Contains("no 'openapi' field", error.Message, StringComparison.Ordinal);
        Assert.Contains("openapi: 3.1.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Swagger_2_is_invalid_at_the_swagger_field()
    {
        const string text = "swagger: '2.0'\ninfo: {title: Demo, version: '1'}\npaths: {}\n";

        var result = SpecReader.Read("old.yaml", text, TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.InvalidOpenApi);
        Assert.Equal("/swagger", error.Pointer);
        SpecAssert.At(error.Span, line: 0, column: 9, offset: 9, length: 5);
    }

    [Theory]
    [InlineData("2.0.0")]
    [InlineData("4.0.0")]
    [InlineData("'3'")]
    public void Unsupported_versions_are_invalid_at_the_version(string version)
    {
        var result = SpecReader.Read("v.yaml", $"openapi: {version}\ninfo: {{title: Demo, version: '1'}}\npaths: {{}}\n", TestContext.Current.CancellationToken);

        Assert.Null(result.Document);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.InvalidOpenApi);
        Assert.Equal("/openapi", error.Pointer);
        SpecAssert.At(error.Span, line: 0, column: 9);
    }

    [Fact]
    public void Unquoted_numeric_versions_read_as_strings()
    {
        const string text = "openapi: 3.0\ninfo:\n  title: 1.10\n  version: 2.0\n  description: 12\npaths: {}\n";

        var result = SpecReader.Read("numbers.yaml", text, TestContext.Current.CancellationToken);

        SpecAssert.NoErrors(result);
        Assert.Equal("2.0", result.Document!.Info.Version);
        Assert.Equal("1.10", result.Document.Info.Title);
        Assert.Equal("12", result.Document.Info.Description);
    }

    [Fact]
    public void Reader_error_is_mapped_to_the_line_of_the_offending_node()
    {
        const string text = "openapi: 3.1.0\ninfo: 5\npaths: {}\n";

        var result = SpecReader.Read("reader.yaml", text, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Document);
        var error = result.Diagnostics.First(d => d.Message.Contains("map/object", StringComparison.Ordinal));
        Assert.Equal(SpecDiagnosticKind.InvalidOpenApi, error.Kind);
        Assert.Equal("/info", error.Pointer);
        SpecAssert.At(error.Span, line: 1, column: 6, offset: 21, length: 1);
    }

    [Fact]
    public void Reader_error_with_its_pointer_only_in_the_message_is_still_located()
    {
        const string text = "openapi: 3.1.0\ninfo: {title: Demo, version: '1'}\npaths:\n  v1/me: {}\n";

        var result = SpecReader.Read("paths.yaml", text, TestContext.Current.CancellationToken);

        var error = SpecAssert.Single(result, SpecDiagnosticKind.InvalidOpenApi);
        Assert.Equal("/paths", error.Pointer);
        SpecAssert.At(error.Span, line: 3, column: 2);
        Assert.Contains("v1/me", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_rule_finding_is_a_warning_at_the_line_of_the_parameter()
    {
        const string text = """
            openapi: 3.1.0
            info: {title: Demo, version: '1'}
            paths:
              /surveys/{id}:
                get:
                  parameters:
                    - name: id
                      in: path
                  responses:
                    '204':
                      description: none

            """;

        var result = SpecReader.Read("rules.yaml", text, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Document);
        Assert.False(result.HasErrors);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.OpenApiWarning);
        Assert.Equal(SpecDiagnosticSeverity.Warning, error.Severity);
        Assert.Equal("/paths/~1surveys~1{id}/get/parameters/0/required", error.Pointer);
        SpecAssert.At(error.Span, line: 6, column: 10);
        Assert.Contains("RequiredMustBeTrueWhenInIsPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_info_fields_are_warnings()
    {
        var result = SpecReader.Read("info.yaml", "openapi: 3.1.0\ninfo: {}\npaths: {}\n", TestContext.Current.CancellationToken);

        Assert.Contains(result.Diagnostics, d => d.Pointer == "/info/title" && d.Severity == SpecDiagnosticSeverity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Pointer == "/info/version" && d.Severity == SpecDiagnosticSeverity.Warning);
        Assert.All(result.Diagnostics, d => SpecAssert.At(d.Span, line: 1, column: 6));
    }

    [Fact]
    public void Diagnostics_are_equatable_by_value()
    {
        var first = SpecReader.Read("info.yaml", "openapi: 3.1.0\ninfo: {}\npaths: {}\n", TestContext.Current.CancellationToken);
        var second = SpecReader.Read("info.yaml", "openapi: 3.1.0\ninfo: {}\npaths: {}\n", TestContext.Current.CancellationToken);

        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Diagnostics[0].GetHashCode(), second.Diagnostics[0].GetHashCode());
        Assert.NotSame(first.Diagnostics[0], second.Diagnostics[0]);
    }

    [Fact]
    public void OpenApi_3_2_reads_with_a_newer_version_warning_at_the_version()
    {
        var result = SpecReader.Read("v32.yaml", "openapi: 3.2.0\ninfo: {title: Demo, version: '1'}\npaths: {}\n", TestContext.Current.CancellationToken);

        Assert.NotNull(result.Document);
        Assert.False(result.HasErrors);
        var warning = SpecAssert.Single(result, SpecDiagnosticKind.NewerVersion);
        Assert.Equal(SpecDiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("/openapi", warning.Pointer);
        Assert.Equal("3.2.0", SpecAssert.Slice("openapi: 3.2.0\ninfo: {title: Demo, version: '1'}\npaths: {}\n", warning.Span));
    }
}
