using Formbricks.Contracts.Analyzers.Tests.Infrastructure;
using Formbricks.Contracts.Analyzers.Rules;
using Formbricks.Contracts.Generator.Diagnostics;
using Verifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.ConstantOutOfRangeAnalyzer>;

namespace Formbricks.Contracts.Analyzers.Tests.Rules;

/// <summary>FBC0100 on the canonical client and on the rules fixture's client.</summary>
public sealed class ConstantOutOfRangeTests
{
    private const string Usings = "using System.Threading.Tasks;\nusing Formbricks.Api;\nusing Rules.Api;\n";

    [Fact]
    public Task A_limit_above_the_maximum_is_reported_with_the_spec_rule_and_location() =>
        Verifier.Analyzer(Usings + """
            class C
            {
                Task M(FormbricksClient client) => client.GetSurveysAsync(limit: {|#0:500|});
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(0)
                .WithArguments("limit", "500", "maximum: 250", CanonicalSpecLocation.OfComponentParameter("Limit")));

    [Fact]
    public Task Values_inside_the_bounds_are_silent() =>
        Verifier.Analyzer(Usings + """
            class C
            {
                const int Size = 250;
                Task M(FormbricksClient client, int computed) => Task.WhenAll(
                    client.GetSurveysAsync(limit: Size, skip: 0),
                    client.GetSurveysAsync(limit: 1),
                    client.GetSurveysAsync(limit: computed));
            }
            """);

    [Fact]
    public Task Const_fields_and_constant_expressions_are_followed() =>
        Verifier.Analyzer(Usings + """
            class C
            {
                const int PageSize = 300;
                Task M(FormbricksClient client) => Task.WhenAll(
                    client.GetSurveysAsync(limit: {|#0:PageSize|}),
                    client.GetSurveysAsync(limit: {|#1:100 + 200|}),
                    client.GetSurveysAsync(skip: {|#2:-1|}),
                    client.GetPersonalizedSurveyLinkAsync("s1", "c1", expirationDays: {|#3:366|}));
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(0).WithArguments("limit", "300", "maximum: 250", CanonicalSpecLocation.OfComponentParameter("Limit")),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(1).WithArguments("limit", "300", "maximum: 250", CanonicalSpecLocation.OfComponentParameter("Limit")),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(2).WithArguments("skip", "-1", "minimum: 0", CanonicalSpecLocation.OfComponentParameter("Skip")),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(3).WithArguments("expirationDays", "366", "maximum: 365", CanonicalSpecLocation.OfParameter("/v2/management/surveys/{id}/contact-links/contacts/{contactId}", "GET", "expirationDays")));

    [Fact]
    public Task The_attribute_keys_list_is_capped_at_twenty_and_ids_follow_their_pattern()
    {
        var twenty = string.Join(",", Enumerable.Range(1, 20).Select(i => "k" + i));
        return Verifier.Analyzer(Usings + $$"""
            class C
            {
                Task M(FormbricksClient client) => Task.WhenAll(
                    client.GetContactLinksBySegmentAsync("s1", "seg1", attributeKeys: "{{twenty}}"),
                    client.GetContactLinksBySegmentAsync("s1", "seg1", attributeKeys: {|#0:"{{twenty}},k21"|}),
                    client.GetContactLinksBySegmentAsync("s1", {|#1:"Not-A-Cuid"|}));
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(0)
                .WithArguments("attributeKeys", $"\"{twenty[..57]}...\"", "at most 20 comma-separated items, x-formbricks-max-keys: 20 (the value has 21)", CanonicalSpecLocation.OfParameter("/v2/management/surveys/{id}/contact-links/segments/{segmentId}", "GET", "attributeKeys")),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(1)
                .WithArguments("segmentId", "\"Not-A-Cuid\"", "pattern: ^[0-9a-z]+$", CanonicalSpecLocation.OfParameter("/v2/management/surveys/{id}/contact-links/segments/{segmentId}", "GET", "segmentId")));
    }

    [Fact]
    public Task Exclusive_bounds_lengths_pattern_enum_and_item_counts_of_the_rules_fixture() =>
        Verifier.Analyzer(Usings + """
            class C
            {
                Task M(RulesClient client) => Task.WhenAll(
                    client.GetThingsAsync(ratio: {|#0:0|}),
                    client.GetThingsAsync(ratio: {|#1:1.0|}),
                    client.GetThingsAsync(ratio: 0.5),
                    client.GetThingsAsync(code: {|#2:"A"|}),
                    client.GetThingsAsync(code: {|#3:"ABCDE"|}),
                    client.GetThingsAsync(code: {|#4:"abc"|}),
                    client.GetThingsAsync(code: "ABC"),
                    client.GetThingsAsync(kind: {|#5:"medium"|}),
                    client.GetThingsAsync(kind: "large"),
                    client.GetThingsAsync(tags: {|#6:new[] { "a", "b", "c", "d" }|}),
                    client.GetThingsAsync(tags: ["a", "b", "c"]));
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(0).WithArguments("ratio", "0", "exclusiveMinimum: 0", "Fixtures/rules-31.yml(13,13)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(1).WithArguments("ratio", "1", "exclusiveMaximum: 1", "Fixtures/rules-31.yml(13,13)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(2).WithArguments("code", "\"A\"", "minLength: 2 (the value has 1 characters)", "Fixtures/rules-31.yml(26,13)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(3).WithArguments("code", "\"ABCDE\"", "maxLength: 4 (the value has 5 characters)", "Fixtures/rules-31.yml(26,13)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(4).WithArguments("code", "\"abc\"", "pattern: ^[A-Z]+$", "Fixtures/rules-31.yml(26,13)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(5).WithArguments("kind", "\"medium\"", "enum: [small, large]", "Fixtures/rules-31.yml(33,13)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(6).WithArguments("tags", "4 items", "maxItems: 3", "Fixtures/rules-31.yml(19,13)"));

    [Fact]
    public Task Object_initializers_of_generated_request_types_are_checked() =>
        Verifier.Analyzer(Usings + """
            class C
            {
                object[] M() =>
                [
                    new ThingInput { Name = {|#0:"toolong"|}, Size = {|#1:0|} },
                    new ThingInput { Name = "short", Size = 1 },
                    new SurveyInput { Name = "n", Type = {|#2:"poll"|}, EnvironmentId = "e" },
                    new SurveyInput { Name = "n", Type = "link", EnvironmentId = "e" },
                ];
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(0).WithArguments("ThingInput.Name", "\"toolong\"", "maxLength: 5 (the value has 7 characters)", "Fixtures/rules-31.yml(74,11)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(1).WithArguments("ThingInput.Size", "0", "minimum: 1", "Fixtures/rules-31.yml(77,11)"),
            Verifier.Diagnostic(DiagnosticCatalog.ConstantViolatesSpec).WithLocation(2).WithArguments("SurveyInput.Type", "\"poll\"", "enum: [link, app]", CanonicalSpecLocation.OfProperty("SurveyInput", "type")));

    [Fact]
    public Task Nothing_is_reported_without_a_generated_client() =>
        Verifier.Analyzer("""
            class C
            {
                void Get(int limit) { }
                void M() => Get(limit: 500);
            }
            """, withGenerated: false);
}
