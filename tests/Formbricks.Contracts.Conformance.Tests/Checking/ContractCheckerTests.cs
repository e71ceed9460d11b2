using Formbricks.Contracts.Conformance;

namespace Formbricks.Contracts.Conformance.Tests.Checking;

/// <summary>The exchange-level API: findings with their kind, one exception listing every mismatch, located spec errors.</summary>
public sealed class ContractCheckerTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info: {title: Demo, version: '1'}
        servers: [{url: 'https://demo.example/api'}]
        paths:
          /things/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: ok
                  headers:
                    x-request-id: {required: true, schema: {type: string}}
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [id]
                        properties:
                          id: {type: string}
                          size: {type: [integer, 'null'], minimum: 0}
                '404': {description: missing}
        """;

    private static readonly Lazy<ContractChecker> Checker = new(() => ContractChecker.FromText("demo.yml", Yaml));

    [Fact]
    public void A_fitting_exchange_has_no_finding_with_or_without_the_base_path()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Request-Id"] = "r1" };

        Assert.Empty(Checker.Value.Check(new HttpExchange("get", "/api/things/a?x=1", 200, "application/json; charset=utf-8", """{"id":"a","size":null}""") { ResponseHeaders = headers }));
        Assert.Empty(Checker.Value.Check(new HttpExchange("GET", "/things/a", 404, null, string.Empty)));
        Assert.True(Checker.Value.Declares("GET", "/api/things/a"));
        Assert.False(Checker.Value.Declares("DELETE", "/api/things/a"));
        Assert.Equal("/things/{id}", Checker.Value.FindTemplate("/api/things/zz?q"));
    }

    [Fact]
    public void Each_kind_of_mismatch_is_a_finding_of_its_kind()
    {
        var findings = Checker.Value.CheckAll(
        [
            new HttpExchange("GET", "/api/things/a", 200, "application/json", """{"size":-1}"""),
            new HttpExchange("GET", "/api/things/a", 500, "text/plain", "boom"),
            new HttpExchange("GET", "/api/things/a", 200, "text/html", "<p>"),
            new HttpExchange("GET", "/api/things/a", 200, "application/json", """{"id":"a"}""") { ResponseHeaders = new Dictionary<string, string>() },
            new HttpExchange("PUT", "/api/things/a", 200, "application/json", "{}"),
            new HttpExchange("GET", "/api/other", 200, "application/json", "{}"),
        ]);

        Assert.Equal(
            [
                (ContractFindingKind.Body, "", "required property 'id' is missing"),
                (ContractFindingKind.Body, "/size", "-1 is less than the minimum 0"),
                (ContractFindingKind.UndeclaredStatus, "", "Status 500 is not declared for GET /things/{id}."),
                (ContractFindingKind.UndeclaredContentType, "", "Content type 'text/html' is not declared for status 200 of GET /things/{id} (declared: application/json)."),
                (ContractFindingKind.MissingHeader, "", "the required response header 'x-request-id' is missing"),
                (ContractFindingKind.UndeclaredMethod, "", "PUT is not declared for '/things/{id}'."),
                (ContractFindingKind.UnknownPath, "", "No path of the spec matches '/api/other'."),
            ],
            findings.Select(f => (f.Kind, f.Pointer, f.Message)));
        Assert.Equal("/things/{id}", findings[0].Template);
        Assert.Null(findings[^1].Template);
    }

    [Fact]
    public void AssertConforms_throws_one_exception_that_lists_every_mismatch()
    {
        var exception = Assert.Throws<ContractViolationException>(() => Checker.Value.AssertConforms(
        [
            new HttpExchange("GET", "/api/things/a", 200, "application/json", """{"id":5}"""),
            new HttpExchange("GET", "/api/things/b", 200, "application/json", """{"id":"b"}"""),
            new HttpExchange("GET", "/api/things/c", 418, "application/json", "{}"),
        ]));

        Assert.Equal(2, exception.Findings.Count);
        Assert.Contains("2 answers do not fit the spec:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("  GET /api/things/a → 200: /id: expected string, got integer", exception.Message, StringComparison.Ordinal);
        Assert.Contains("  GET /api/things/c → 418: Status 418 is not declared for GET /things/{id}.", exception.Message, StringComparison.Ordinal);
        Checker.Value.AssertConforms(new HttpExchange("GET", "/api/things/b", 200, "application/json", """{"id":"b"}"""));
    }

    [Fact]
    public void A_broken_spec_is_one_located_message_and_a_missing_file_too()
    {
        var broken = Assert.Throws<SpecLoadException>(() => ContractChecker.FromText("broken.yml", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n"));
        var missing = Assert.Throws<SpecLoadException>(() => ContractChecker.FromFile(Path.Combine(Path.GetTempPath(), "no-such-spec-9f2.yml")));

        Assert.Matches(@"^broken\.yml\(7,\d+\): ", broken.Message);
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "no-such-spec-9f2.yml") + ": cannot be read", missing.Message, StringComparison.Ordinal);
    }
}
