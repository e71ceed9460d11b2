using System.Reflection;
using System.Xml.Linq;
using Formbricks.Contracts.Fakes.Endpoints;
using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The fake's route table, <see cref="FakeOperations"/> and the operations of <c>spec/formbricks.openapi.yml</c> are one
/// list; an unknown operation id or route is rejected where a test names it.
/// </summary>
public sealed class OperationIdTests
{
    /// <summary>The routes the fake serves beyond the spec (README: "Also served"); each needs a deliberate entry here.</summary>
    private static readonly HashSet<(string Id, string Method, string Template)> OffSpecRoutes =
    [
        ("getMe", "GET", "/api/v1/management/me"),
        ("createDisplayV2", "POST", "/api/v2/client/{environmentId}/displays"),
        ("createClientResponseV2", "POST", "/api/v2/client/{environmentId}/responses"),
        ("openContactLink", "GET", "/c/{token}"),
        ("openSurveyLink", "GET", "/s/{surveyId}"),
    ];

    private static readonly Lazy<HashSet<(string Id, string Method, string Template)>> SpecRoutes = new(() =>
    {
        var path = RepositoryFiles.CanonicalSpec;
        var result = SpecReader.Read(path, File.ReadAllText(path));
        var document = result.Document ?? throw new InvalidOperationException("The spec could not be read: " + string.Join("; ", result.Diagnostics));
        return
        [
            .. document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (o.Value.OperationId!, o.Key.Method.ToUpperInvariant(), "/api" + p.Key))),
        ];
    });

    private static HashSet<(string Id, string Method, string Template)> FakeRoutes =>
        [.. EndpointCatalog.All().Select(o => (o.OperationId, o.Method, o.Template))];

    private static Dictionary<string, string> Constants =>
        typeof(FakeOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void The_route_table_is_the_spec_s_operations_plus_the_listed_off_spec_routes()
    {
        var fake = FakeRoutes;

        Assert.Equal(28, SpecRoutes.Value.Count);
        Assert.Empty(SpecRoutes.Value.Except(fake).Select(r => $"in the spec, not served: {r}"));
        Assert.Empty(fake.Except(SpecRoutes.Value).Except(OffSpecRoutes).Select(r => $"served, neither in the spec nor listed: {r}"));
        Assert.Empty(OffSpecRoutes.Except(fake).Select(r => $"listed, not served: {r}"));
    }

    [Fact]
    public void FakeOperations_has_one_constant_per_served_operation_named_after_its_id()
    {
        var constants = Constants;
        var served = FakeRoutes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(served.Order(StringComparer.Ordinal), constants.Values.Order(StringComparer.Ordinal));
        Assert.Equal(SpecRoutes.Value.Select(r => r.Id).ToHashSet(), constants.Values.Except(OffSpecRoutes.Select(r => r.Id)).Append("getMe").ToHashSet());
        Assert.All(constants, c => Assert.Equal(char.ToUpperInvariant(c.Value[0]) + c.Value[1..], c.Key));
    }

    [Fact]
    public void Each_constant_s_doc_gives_its_method_and_path()
    {
        var xml = Path.ChangeExtension(typeof(FakeOperations).Assembly.Location, ".xml");
        var docs = XDocument.Load(xml).Descendants("member")
            .Where(m => ((string)m.Attribute("name")!).StartsWith("F:Formbricks.Contracts.Fakes.FakeOperations.", StringComparison.Ordinal))
            .ToDictionary(m => ((string)m.Attribute("name")!)["F:Formbricks.Contracts.Fakes.FakeOperations.".Length..], m => m.Element("summary")!.Element("c")!.Value);
        var firstRoute = EndpointCatalog.All().GroupBy(o => o.OperationId).ToDictionary(g => g.Key, g => g.First());

        Assert.Equal(Constants.Count, docs.Count);
        Assert.All(Constants, c =>
        {
            var route = firstRoute[c.Value];
            var template = route.Template.StartsWith("/api/", StringComparison.Ordinal) ? route.Template[4..] : route.Template;
            Assert.Equal($"{route.Method} {template}", docs[c.Key]);
        });
    }

    [Fact]
    public async Task An_unknown_operation_id_fails_where_it_is_named_with_the_closest_ids()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var fault = Assert.Throws<ArgumentException>(() => server.Faults.For("getSurvey5"));
        var journal = Assert.Throws<ArgumentException>(() => server.Journal.ForOperation("GetSurveys"));

        Assert.Equal("operationId", fault.ParamName);
        Assert.Equal("The fake server serves no operation 'getSurvey5'. Closest: 'getSurvey', 'getSurveys', 'createSurvey'. Use the constants of FakeOperations. (Parameter 'operationId')", fault.Message);
        Assert.Contains("Closest: 'getSurveys'", journal.Message, StringComparison.Ordinal);
        Assert.Empty(server.Journal.ForOperation(FakeOperations.GetSurveys));
        Assert.Same(server.Faults, server.Faults.For(FakeOperations.OpenSurveyLink).RespondWith(503));
    }

    [Fact]
    public async Task An_unknown_route_fails_with_the_closest_routes_and_known_ones_pass_with_or_without_api()
    {
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var error = Assert.Throws<ArgumentException>(() => server.Faults.For("GET", "/v2/management/survey/{id}"));
        var method = Assert.Throws<ArgumentException>(() => server.Faults.For("PATCH", "/v2/management/surveys/{id}"));

        Assert.Equal("pathTemplate", error.ParamName);
        Assert.Contains("Closest: 'GET /api/v2/management/surveys/{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'PUT /api/v2/management/surveys/{id}'", method.Message, StringComparison.Ordinal);
        server.Faults.For("get", "/api/v2/management/surveys/{id}/").Times(1).RespondWith(502);
        server.Faults.For("GET", "/s/{surveyId}").Times(1).RespondWith(500);
        server.Faults.For("GET", "/v1/management/me").Times(1).RespondWith(503);
    }
}
