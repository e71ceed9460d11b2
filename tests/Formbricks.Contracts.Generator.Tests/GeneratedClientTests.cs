using System.Net;
using System.Text.Json.Nodes;
using Fixtures.PetStore;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// The client generated into this assembly from Fixtures/petstore-30.yml, on the wire: paths, query, headers, body,
/// the API key, errors and paging. (Its end-to-end behaviour against the fake Formbricks server is tested there.)
/// </summary>
public sealed class GeneratedClientTests
{
    private const string CatPet = """{"name":"Tom","kind":{"type":"cat","livesLeft":9},"id":1,"status":"available"}""";

    [Fact]
    public async Task A_call_builds_the_url_query_and_headers_from_typed_parameters()
    {
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.OK, $$$"""{"data":[{{{CatPet}}}],"meta":{"total":1}}"""));
        var client = new PetStoreClient(new HttpClient(handler), new PetStoreClientOptions { ApiKey = "secret-key" });
        var requestId = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

        var page = await client.ListPetsAsync(limit: 10, skip: 20, status: PetStatus.InTransit, tags: ["a b", "c&d"], xRequestId: requestId, cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(handler.Requests).Request;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://pets.example.com/api/pets?limit=10&skip=20&status=in-transit&tags=a%20b&tags=c%26d", request.RequestUri!.AbsoluteUri);
        Assert.Equal("secret-key", Assert.Single(request.Headers.GetValues("X-Api-Key")));
        Assert.Equal(requestId.ToString(), Assert.Single(request.Headers.GetValues("x-request-id")));
        Assert.Equal("Tom", Assert.Single(page.Data).Name);
    }

    [Fact]
    public async Task Path_parameters_are_escaped_and_operations_without_security_send_no_key()
    {
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.OK, "[]"));
        var client = new PetStoreClient(new HttpClient(handler) { BaseAddress = new Uri("http://localhost:5080/root/") }, new PetStoreClientOptions { ApiKey = "k" });

        var events = await client.GetOwnerEventsAsync("a/b c", since: new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(handler.Requests).Request;
        Assert.Equal("http://localhost:5080/root/owners/a%2Fb%20c/events?since=2026-01-02T03%3A04%3A05.0000000%2B00%3A00", request.RequestUri!.AbsoluteUri);
        Assert.False(request.Headers.Contains("X-Api-Key"));
        Assert.Empty(events);
    }

    [Fact]
    public async Task A_request_body_is_written_as_json()
    {
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.Created, CatPet));
        var client = new PetStoreClient(new HttpClient(handler));

        var created = await client.CreatePetAsync(new NewPet { Name = "Tom", Kind = new PetKind.Cat(new Cat { Type = "cat", LivesLeft = 9 }) }, TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"name":"Tom","kind":{"type":"cat","livesLeft":9}}"""), JsonNode.Parse(body!)));
        Assert.Equal(1, created.Id);
    }

    [Fact]
    public async Task A_failure_throws_one_exception_type_with_status_typed_error_and_raw_body_but_never_the_key()
    {
        const string problem = """{"code":"not_found","message":"Pet 7 not found"}""";
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.NotFound, problem));
        var client = new PetStoreClient(new HttpClient(handler), new PetStoreClientOptions { ApiKey = "top-secret-key" });

        var error = await Assert.ThrowsAsync<PetStoreClientException>(() => client.GetPetsByPetIdAsync(7, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(404, error.Status);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/pets/{petId}", error.PathTemplate);
        Assert.Equal(problem, error.RawBody);
        Assert.True(error.TryGetError<Problem>(out var typed));
        Assert.Equal("Pet 7 not found", typed.Message);
        Assert.DoesNotContain("top-secret-key", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret-key", new PetStoreClientOptions { ApiKey = "top-secret-key" }.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_default_error_response_is_parsed_for_any_status(HttpStatusCode status)
    {
        var handler = new RecordingHandler((_, _) => (status, """{"code":"x","message":"m"}"""));
        var client = new PetStoreClient(new HttpClient(handler));
        var kind = new PetKind.Unknown(System.Text.Json.JsonDocument.Parse("{}").RootElement);

        var error = await Assert.ThrowsAsync<PetStoreClientException>(() => client.CreatePetAsync(new NewPet { Name = "n", Kind = kind }, TestContext.Current.CancellationToken));

        Assert.Equal((int)status, error.Status);
        Assert.Equal("m", Assert.IsType<Problem>(error.Error).Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    public async Task A_range_error_response_is_parsed_only_for_its_range(HttpStatusCode status, bool parsed)
    {
        var handler = new RecordingHandler((_, _) => (status, """{"code":"x","message":"m"}"""));
        var client = new PetStoreClient(new HttpClient(handler));

        var error = await Assert.ThrowsAsync<PetStoreClientException>(() => client.ListPetsAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(parsed, error.Error is Problem);
    }

    [Fact]
    public async Task An_error_body_that_does_not_fit_the_schema_keeps_the_raw_body()
    {
        var handler = new RecordingHandler((_, _) => (HttpStatusCode.NotFound, "<html>gateway</html>"));
        var client = new PetStoreClient(new HttpClient(handler));

        var error = await Assert.ThrowsAsync<PetStoreClientException>(() => client.GetPetsByPetIdAsync(1, TestContext.Current.CancellationToken));

        Assert.Null(error.Error);
        Assert.Equal("<html>gateway</html>", error.RawBody);
    }

    [Fact]
    public async Task The_paging_companion_walks_every_page_and_stops_at_the_total()
    {
        var handler = new RecordingHandler((request, _) =>
        {
            var skip = int.Parse(System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["skip"]!, System.Globalization.CultureInfo.InvariantCulture);
            var items = Enumerable.Range(skip, Math.Max(0, Math.Min(2, 5 - skip))).Select(i => CatPet.Replace("\"id\":1", $"\"id\":{i}"));
            return (HttpStatusCode.OK, $$$"""{"data":[{{{string.Join(",", items)}}}],"meta":{"total":5}}""");
        });
        var client = new PetStoreClient(new HttpClient(handler));

        var ids = new List<long>();
        await foreach (var pet in client.EnumeratePetsAsync(limit: 2, cancellationToken: TestContext.Current.CancellationToken))
        {
            ids.Add(pet.Id);
        }

        Assert.Equal([0L, 1, 2, 3, 4], ids);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task The_paging_companion_stops_on_a_short_page_when_there_is_no_total()
    {
        var handler = new RecordingHandler((request, _) =>
            (HttpStatusCode.OK, request.RequestUri!.Query.Contains("skip=0", StringComparison.Ordinal) ? $$$"""{"data":[{{{CatPet}}},{{{CatPet}}}],"meta":{}}""" : $$$"""{"data":[{{{CatPet}}}],"meta":{}}"""));
        var client = new PetStoreClient(new HttpClient(handler));

        var count = 0;
        await foreach (var _ in client.EnumeratePetsAsync(limit: 2, cancellationToken: TestContext.Current.CancellationToken))
        {
            count++;
        }

        Assert.Equal(3, count);
        Assert.Equal(2, handler.Requests.Count);
    }
}
