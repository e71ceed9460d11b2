using System.Text.RegularExpressions;
using Formbricks.Contracts.OpenApi.Reading;
using Formbricks.Contracts.OpenApi.Tests.Infrastructure;

namespace Formbricks.Contracts.OpenApi.Tests.Reading;

/// <summary>Microsoft.OpenApi rule findings: warnings with the rule's complete text, the same on every run (issue 13, items 5 and 6).</summary>
public sealed class RuleFindingTests
{
    private const string ArrayDiscriminator = """
        openapi: 3.0.3
        info: {title: Demo, version: '1'}
        paths: {}
        components:
          schemas:
            Pets:
              type: array
              discriminator:
                propertyName: kind
              items:
                type: object
                properties:
                  kind: {type: string}

        """;

    private const string BadKeys = """
        openapi: 3.0.3
        info: {title: Demo, version: '1'}
        paths:
          /a:
            get:
              responses:
                '20X':
                  description: odd
        components:
          schemas:
            'Bad Name': {type: string}

        """;

    [Fact]
    public void A_discriminator_on_an_array_is_a_warning_naming_the_schema()
    {
        var result = SpecReader.Read("disc.yaml", ArrayDiscriminator, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Document);
        Assert.False(result.HasErrors, SpecAssert.Describe(result));
        var warning = SpecAssert.Single(result, SpecDiagnosticKind.OpenApiWarning);
        Assert.Equal(SpecDiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("/components/schemas/Pets/discriminator", warning.Pointer);
        SpecAssert.At(warning.Span, line: 8, column: 8);
        Assert.Contains("Schema 'Pets' must contain property specified in the discriminator kind", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Schema  ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Component_and_response_keys_are_checked_at_the_key()
    {
        var result = SpecReader.Read("keys.yaml", BadKeys, TestContext.Current.CancellationToken);

        Assert.False(result.HasErrors, SpecAssert.Describe(result));
        var findings = result.Diagnostics.Where(d => d.Kind == SpecDiagnosticKind.OpenApiWarning).ToList();
        var key = Assert.Single(findings, d => d.Message.Contains("KeyMustBeRegularExpression", StringComparison.Ordinal));
        Assert.Equal("/components/schemas/Bad Name", key.Pointer);
        SpecAssert.At(key.Span, line: 10, column: 16);
        Assert.Contains("'Bad Name' in 'schemas'", key.Message, StringComparison.Ordinal);
        var response = Assert.Single(findings, d => d.Message.Contains("ResponsesMustBeIdentifiedByDefaultOrStatusCode", StringComparison.Ordinal));
        Assert.Equal("/paths/~1a/get/responses/20X", response.Pointer);
        SpecAssert.At(response.Span, line: 7, column: 10);
    }

    [Fact]
    public void An_unknown_field_in_a_schema_is_a_warning_but_a_path_without_a_slash_stays_an_error()
    {
        const string text = "openapi: 3.0.3\ninfo: {title: Demo, version: '1'}\npaths:\n  v1/me: {}\ncomponents:\n  schemas:\n    Bag:\n      type: object\n      patternProperties:\n        '^x-': {type: string}\n";

        var result = SpecReader.Read("unknown.yaml", text, TestContext.Current.CancellationToken);

        var warning = SpecAssert.Single(result, SpecDiagnosticKind.OpenApiWarning);
        Assert.Contains("patternProperties", warning.Message, StringComparison.Ordinal);
        Assert.Equal("/components/schemas/Bag", warning.Pointer);
        var error = SpecAssert.Single(result, SpecDiagnosticKind.InvalidOpenApi);
        Assert.Contains("v1/me", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_info_is_still_invalid()
    {
        var result = SpecReader.Read("bare.yaml", "openapi: 3.1.0\n", TestContext.Current.CancellationToken);

        Assert.Contains(result.Diagnostics, d => d.Kind == SpecDiagnosticKind.InvalidOpenApi && d.Message.Contains("no 'info' object", StringComparison.Ordinal));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void No_rule_that_runs_can_time_out_and_the_replacements_accept_the_same_keys()
    {
        var names = ValidationRules.Create().Rules.Select(r => r.Name).ToList();
        Assert.Single(names, n => n == "KeyMustBeRegularExpression");
        Assert.Single(names, n => n == "ResponsesMustBeIdentifiedByDefaultOrStatusCode");
        Assert.Contains(ValidationRules.ComponentKeys, ValidationRules.Create().Rules);
        Assert.Contains(ValidationRules.ResponseKeys, ValidationRules.Create().Rules);

        // The languages of the replaced regular expressions, run here without a timeout.
        var componentKey = new Regex(ValidationRules.ComponentKeyPattern, RegexOptions.None, Regex.InfiniteMatchTimeout);
        var statusCode = new Regex("^[1-5](?>[0-9]{2}|[xX]{2})$", RegexOptions.None, Regex.InfiniteMatchTimeout);
        string[] keys = ["", "a", "Pet.v1-x_2", "a b", "é", "a/b", "200", "2XX", "2xX", "600", "099", "20", "2000", "default", "DEFAULT", "2X0", "5xx", "1_0"];
        foreach (var key in keys)
        {
            Assert.Equal(componentKey.IsMatch(key), ValidationRules.IsComponentKey(key));
            Assert.Equal(string.Equals(key, "default", StringComparison.OrdinalIgnoreCase) || statusCode.IsMatch(key), ValidationRules.IsResponseKey(key));
        }
    }

    [Fact]
    public async Task The_same_input_gives_the_same_diagnostics_under_load()
    {
        var expected = SpecReader.Read("keys.yaml", BadKeys, TestContext.Current.CancellationToken).Diagnostics;

        // Keep every core busy while reading in parallel: the replaced rules threw RegexMatchTimeoutException then.
        using var stop = new CancellationTokenSource();
        var burners = Enumerable.Range(0, Environment.ProcessorCount * 2)
            .Select(_ => Task.Run(() => { var x = 0L; while (!stop.IsCancellationRequested) { x++; } return x; }, TestContext.Current.CancellationToken))
            .ToArray();
        try
        {
            var runs = Enumerable.Range(0, 16).AsParallel()
                .Select(_ => SpecReader.Read("keys.yaml", BadKeys, TestContext.Current.CancellationToken).Diagnostics)
                .ToList();
            Assert.All(runs, run => Assert.Equal(expected, run));
        }
        finally
        {
            stop.Cancel();
            await Task.WhenAll(burners);
        }

        Assert.DoesNotContain(expected, d => d.Message.Contains("could not finish", StringComparison.Ordinal));
    }
}
