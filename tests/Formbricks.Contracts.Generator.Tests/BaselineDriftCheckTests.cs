using Formbricks.Contracts.Generator.Drift;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>The in-build drift check run as the compiler runs it: a spec and its Baseline as AdditionalFiles, with metadata.</summary>
public sealed class BaselineDriftCheckTests
{
    private const string Baseline = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /items:
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer, maximum: 250}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, properties: {state: {type: string, enum: [open, closed]}}}}}}
          /others:
            get:
              responses: {'200': {description: ok}}
        """;

    private const string Spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /items:
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer, maximum: 100}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, properties: {state: {type: string, enum: [open, closed, archived]}}}}}}
        """;

    [Fact]
    public void Breaking_change_is_an_error_at_the_yaml_line_and_column_of_the_changed_node()
    {
        var diagnostics = Run(Spec, Baseline);
        var maximum = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("request-parameter-max-decreased", StringComparison.Ordinal));
        Assert.Equal("FBC0200", maximum.Id);
        Assert.Equal(DiagnosticSeverity.Error, maximum.Severity);
        var span = maximum.Location.GetLineSpan();
        Assert.Equal("/project/spec/api.yml", span.Path);
        Assert.Equal(6, span.StartLinePosition.Line);
        Assert.Equal("100", Spec.Split('\n')[6].Substring(span.StartLinePosition.Character, 3));
        Assert.Equal(
            "request-parameter-max-decreased: GET /items: query parameter 'limit': maximum lowered from 250 to 100; "
            + "if the change is intended, accept it as the new baseline with formbricks-contracts baseline accept /project/spec/api.yml spec/accepted.yml",
            maximum.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var enumValue = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("response-property-enum-value-added", StringComparison.Ordinal));
        Assert.Equal("FBC0201", enumValue.Id);
        Assert.Equal(DiagnosticSeverity.Warning, enumValue.Severity);

        var removed = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("api-path-removed-without-deprecation", StringComparison.Ordinal));
        Assert.Equal("/project/spec/accepted.yml", removed.Location.GetLineSpan().Path);
        Assert.Equal(10, removed.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_rule_severity_from_editorconfig_overrides_its_level()
    {
        var diagnostics = Run(Spec, Baseline, new()
        {
            ["formbricks_contracts_drift.request-parameter-max-decreased"] = "none",
            ["formbricks_contracts_drift.response-property-enum-value-added"] = "error",
        });
        Assert.DoesNotContain(diagnostics, d => d.GetMessage().StartsWith("request-parameter-max-decreased", StringComparison.Ordinal));
        var raised = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("response-property-enum-value-added", StringComparison.Ordinal));
        Assert.Equal("FBC0200", raised.Id);
        Assert.Equal(DiagnosticSeverity.Error, raised.Severity);
    }

    [Fact]
    public void A_rule_lowered_to_warning_keeps_its_message_and_location()
    {
        var diagnostics = Run(Spec, Baseline, new() { ["formbricks_contracts_drift.request-parameter-max-decreased"] = "warning" });
        var lowered = Assert.Single(diagnostics, d => d.GetMessage().StartsWith("request-parameter-max-decreased", StringComparison.Ordinal));
        Assert.Equal("FBC0201", lowered.Id);
        Assert.Equal(DiagnosticSeverity.Warning, lowered.Severity);
        Assert.Equal(6, lowered.Location.GetLineSpan().StartLinePosition.Line);
        Assert.EndsWith("accept it as the new baseline with formbricks-contracts baseline accept /project/spec/api.yml spec/accepted.yml", lowered.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_equal_to_its_baseline_gives_nothing()
    {
        Assert.Empty(Run(Baseline, Baseline));
    }

    [Fact]
    public void Missing_baseline_is_FBC0203()
    {
        var diagnostics = Run(Spec, baseline: null);
        var missing = Assert.Single(diagnostics);
        Assert.Equal("FBC0203", missing.Id);
        Assert.Equal(
            "The baseline 'spec/accepted.yml' of this spec cannot be read: it is not among the AdditionalFiles; check the path (relative to the project) "
            + "or create it with formbricks-contracts baseline accept /project/spec/api.yml spec/accepted.yml",
            missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/project/spec/api.yml", missing.Location.GetLineSpan().Path);
    }

    private static List<Diagnostic> Run(string spec, string? baseline, Dictionary<string, string>? specOptions = null)
    {
        var texts = new List<AdditionalText> { new InMemoryAdditionalText("/project/spec/api.yml", spec) };
        if (baseline is not null)
        {
            texts.Add(new InMemoryAdditionalText("/project/spec/accepted.yml", baseline));
        }

        var metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.OpenApiClient"] = "true",
            ["build_metadata.AdditionalFiles.Baseline"] = "spec/accepted.yml",
        };
        foreach (var option in specOptions ?? [])
        {
            metadata[option.Key] = option.Value;
        }

        var driver = CSharpGeneratorDriver.Create(
            [new BaselineDriftCheck().AsSourceGenerator()],
            texts,
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(new Dictionary<string, Dictionary<string, string>> { ["/project/spec/api.yml"] = metadata }, new() { ["build_property.ProjectDir"] = "/project/" }));
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult();
        Assert.Empty(result.GeneratedTrees);
        return [.. result.Diagnostics];
    }
}
