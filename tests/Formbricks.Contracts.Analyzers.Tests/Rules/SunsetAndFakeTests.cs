using Formbricks.Contracts.Generator.Diagnostics;
using FakeVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.UnknownFakeOperationAnalyzer>;
using SunsetVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.SunsetOperationAnalyzer>;

namespace Formbricks.Contracts.Analyzers.Tests.Rules;

/// <summary>FBC0104 (sunset operations) and FBC0105 (unknown operation ids given to the fake).</summary>
public sealed class SunsetAndFakeTests
{
    // The fake's test API as the fakes package declares it (FakeOperations: one constant per operation of the spec).
    private const string Fakes = """
        namespace Formbricks.Contracts.Fakes
        {
            public static class FakeOperations
            {
                public const string GetSurveys = "getSurveys";
                public const string GetSurvey = "getSurvey";
                public const string GetContacts = "getContacts";
            }

            public sealed class FakeFaults
            {
                public object For(string operationId) => operationId;
                public object For(string method, string pathTemplate) => method;
            }

            public sealed class FakeJournal
            {
                public object ForOperation(string operationId) => operationId;
            }
        }
        """;

    [Fact]
    public Task A_call_after_the_sunset_date_is_an_error_naming_the_spec_location() =>
        SunsetVerifier.Analyzer("""
            using System;
            using System.Threading.Tasks;
            using Rules.Api;
            class C
            {
            #pragma warning disable CS0618
                Task M(RulesClient client) => {|#0:client.GetOldAsync()|};
                Func<System.Threading.CancellationToken, Task> G(RulesClient client) => {|#1:client.GetOldAsync|};
            }
            """,
            SunsetVerifier.Diagnostic(DiagnosticCatalog.SunsetOperation).WithLocation(0).WithArguments("GetOldAsync", "GET", "/old", "2001-01-01", "Fixtures/rules-31.yml(51,7)"),
            SunsetVerifier.Diagnostic(DiagnosticCatalog.SunsetOperation).WithLocation(1).WithArguments("GetOldAsync", "GET", "/old", "2001-01-01", "Fixtures/rules-31.yml(51,7)"));

    [Fact]
    public Task A_deprecated_operation_before_its_sunset_gets_only_the_obsolete_warning_with_the_spec_text() =>
        SunsetVerifier.Analyzer("""
            using System.Threading.Tasks;
            using Rules.Api;
            class C
            {
                Task M(RulesClient client) => {|#0:client.GetLaterAsync()|};
                Task N(RulesClient client) => {|#1:client.GetOldAsync()|};
            }
            """,
            withGenerated: true,
            Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Warnings,
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("CS0618").WithLocation(0).WithArguments("Rules.Api.RulesClient.GetLaterAsync(System.Threading.CancellationToken)", "Replaced by GET /things. Sunset: 2999-01-01."),
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("CS0618").WithLocation(1).WithArguments("Rules.Api.RulesClient.GetOldAsync(System.Threading.CancellationToken)", "Use GET /things instead. Sunset: 2001-01-01."),
            SunsetVerifier.Diagnostic(DiagnosticCatalog.SunsetOperation).WithLocation(1).WithArguments("GetOldAsync", "GET", "/old", "2001-01-01", "Fixtures/rules-31.yml(51,7)"));

    [Fact]
    public Task An_unknown_operation_id_is_an_error_naming_the_closest_ids() =>
        FakeVerifier.Analyzer(Fakes + """

            class C
            {
                object[] M(Formbricks.Contracts.Fakes.FakeFaults faults, Formbricks.Contracts.Fakes.FakeJournal journal) =>
                [
                    faults.For({|#0:"getSurvy"|}),
                    journal.ForOperation({|#1:"listContacts"|}),
                    journal.ForOperation({|#2:"somethingElse"|}),
                ];
            }
            """,
            FakeVerifier.Diagnostic(DiagnosticCatalog.UnknownFakeOperation).WithLocation(0).WithArguments("getSurvy", "; did you mean 'getSurvey', 'getSurveys'?"),
            FakeVerifier.Diagnostic(DiagnosticCatalog.UnknownFakeOperation).WithLocation(1).WithArguments("listContacts", "; did you mean 'getContacts'?"),
            FakeVerifier.Diagnostic(DiagnosticCatalog.UnknownFakeOperation).WithLocation(2).WithArguments("somethingElse", string.Empty));

    [Fact]
    public Task Known_ids_constants_and_the_route_overload_are_silent() =>
        FakeVerifier.Analyzer(Fakes + """

            class C
            {
                object[] M(Formbricks.Contracts.Fakes.FakeFaults faults, Formbricks.Contracts.Fakes.FakeJournal journal, string computed) =>
                [
                    faults.For("getSurveys"),
                    faults.For(Formbricks.Contracts.Fakes.FakeOperations.GetContacts),
                    faults.For(Formbricks.Api.FormbricksClient.Operations.GetSurvey.Id),
                    faults.For("GET", "/v1/management/nothing"),
                    journal.ForOperation(computed),
                ];
            }
            """);
}
