using Formbricks.Contracts.Generator.Diagnostics;
using Verifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.HardCodedApiKeyAnalyzer>;

namespace Formbricks.Contracts.Analyzers.Tests.Rules;

/// <summary>FBC0101.</summary>
public sealed class HardCodedApiKeyTests
{
    private const string Key = "fbk_AbCdEfGhIjKlMnOpQrStUvWx0123";

    [Fact]
    public Task A_key_shaped_literal_anywhere_is_reported() =>
        Verifier.Analyzer($$"""
            class C
            {
                static readonly string Secret = {|#0:"{{Key}}"|};
                string M() => {|#1:"{{Key}}"|};
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(0).WithArguments("A Formbricks API key is written in the source code"),
            Verifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(1).WithArguments("A Formbricks API key is written in the source code"));

    [Fact]
    public Task Any_constant_given_to_the_options_ApiKey_or_the_x_api_key_header_is_reported() =>
        Verifier.Analyzer("""
            using System.Net.Http;
            using Formbricks.Api;
            class C
            {
                const string Configured = "my-key";
                object M(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-Api-Key", {|#0:"abc"|});
                    http.DefaultRequestHeaders.TryAddWithoutValidation("x-api-key", {|#1:Configured|});
                    return new FormbricksClientOptions { ApiKey = {|#2:"secret"|} };
                }
            }
            """,
            Verifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(0).WithArguments("The x-api-key header is given a constant"),
            Verifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(1).WithArguments("The x-api-key header is given a constant"),
            Verifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(2).WithArguments("The API key of FormbricksClientOptions is a constant"));

    [Fact]
    public Task Keys_read_at_run_time_test_names_and_other_headers_are_silent() =>
        Verifier.Analyzer("""
            using System;
            using System.Net.Http;
            using Formbricks.Api;
            class C
            {
                object M(HttpClient http, string fromConfiguration)
                {
                    http.DefaultRequestHeaders.Add("x-request-id", "abc");
                    http.DefaultRequestHeaders.Add("x-api-key", fromConfiguration);
                    var name = "fbk_reader";
                    return new FormbricksClientOptions { ApiKey = Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY") + name };
                }
            }
            """);

    [Fact]
    public Task Nothing_is_reported_without_a_generated_client() =>
        Verifier.Analyzer($$"""
            class C
            {
                string M() => "{{Key}}";
            }
            """, withGenerated: false);
}
