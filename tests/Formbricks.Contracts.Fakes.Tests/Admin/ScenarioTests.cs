using System.Net;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests.Admin;

/// <summary>
/// Scenarios (stateful stubs) over real HTTP in both formats: a three-step flow, the scenario list, the resets, and one
/// move per state when parallel requests race for it.
/// </summary>
public sealed class ScenarioTests
{
    private const string NetFlow = """
        [{"Scenario": "todo", "SetStateTo": "Created",
          "Request": {"Path": "/stub/todo", "Methods": ["POST"]}, "Response": {"StatusCode": 201, "Body": "created"}},
         {"Scenario": "todo", "WhenStateIs": "Created", "SetStateTo": "Read",
          "Request": {"Path": "/stub/todo", "Methods": ["GET"]}, "Response": {"StatusCode": 200, "Body": "one item"}},
         {"Scenario": "todo", "WhenStateIs": "Read", "SetStateTo": "Read",
          "Request": {"Path": "/stub/todo", "Methods": ["GET"]}, "Response": {"StatusCode": 200, "Body": "still one item"}}]
        """;

    private const string JavaFlow = """
        [{"scenarioName": "todo", "requiredScenarioState": "Started", "newScenarioState": "Created",
          "request": {"method": "POST", "url": "/stub/todo"}, "response": {"status": 201, "body": "created"}},
         {"scenarioName": "todo", "requiredScenarioState": "Created", "newScenarioState": "Read",
          "request": {"method": "GET", "url": "/stub/todo"}, "response": {"status": 200, "body": "one item"}},
         {"scenarioName": "todo", "requiredScenarioState": "Read",
          "request": {"method": "GET", "url": "/stub/todo"}, "response": {"status": 200, "body": "still one item"}}]
        """;

    [Theory]
    [InlineData(NetFlow)]
    [InlineData(JavaFlow)]
    public async Task A_three_step_scenario_moves_state_by_state_and_its_reset_starts_it_again(string flow)
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", flow);

        Assert.Equal((HttpStatusCode.NotFound, ""), await CallAsync(fake, HttpMethod.Get));
        Assert.Equal((HttpStatusCode.Created, "created"), await CallAsync(fake, HttpMethod.Post));
        Assert.NotEqual(HttpStatusCode.Created, (await CallAsync(fake, HttpMethod.Post)).Status);
        Assert.Equal((HttpStatusCode.OK, "one item"), await CallAsync(fake, HttpMethod.Get));
        Assert.Equal((HttpStatusCode.OK, "still one item"), await CallAsync(fake, HttpMethod.Get));
        Assert.Equal((HttpStatusCode.OK, "still one item"), await CallAsync(fake, HttpMethod.Get));

        var todo = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__admin/scenarios")).AsArray())!;
        Assert.Equal("todo", todo["Name"]!.GetValue<string>());
        Assert.Equal("Read", todo["NextState"]!.GetValue<string>());
        Assert.Equal("Read", todo["State"]!.GetValue<string>());
        Assert.True(todo["Started"]!.GetValue<bool>());
        Assert.False(todo["Finished"]!.GetValue<bool>());
        Assert.Equal(new[] { "Created", "Read", "Started" }, todo["PossibleStates"]!.AsArray().Select(s => s!.GetValue<string>()));

        await fake.AdminAsync(HttpMethod.Post, "__admin/scenarios/todo/reset");
        var reset = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__admin/scenarios")).AsArray())!;
        Assert.Null(reset["NextState"]);
        Assert.Equal("Started", reset["State"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(fake, HttpMethod.Get)).Status);
        Assert.Equal((HttpStatusCode.Created, "created"), await CallAsync(fake, HttpMethod.Post));
    }

    [Theory]
    [InlineData(ResetVerb.Post, "__admin/scenarios/reset")]
    [InlineData(ResetVerb.Delete, "__admin/scenarios")]
    [InlineData(ResetVerb.Delete, "__admin/scenarios/todo")]
    [InlineData(ResetVerb.Post, "__admin/reset")]
    public async Task Every_reset_route_starts_the_scenario_again(ResetVerb method, string route)
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", NetFlow);
        await CallAsync(fake, HttpMethod.Post);
        Assert.Equal("one item", (await CallAsync(fake, HttpMethod.Get)).Body);

        await fake.AdminAsync(method == ResetVerb.Post ? HttpMethod.Post : HttpMethod.Delete, route);
        if (route == "__admin/reset")
        {
            Assert.Empty((await fake.AdminAsync(HttpMethod.Get, "__admin/scenarios")).AsArray());
            await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", NetFlow);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(fake, HttpMethod.Get)).Status);
        Assert.Equal("created", (await CallAsync(fake, HttpMethod.Post)).Body);
    }

    [Fact]
    public async Task Java_state_can_be_set_a_mapping_without_required_state_answers_in_every_state_and_unknown_scenarios_are_404()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", JavaFlow);
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings",
            """{"scenarioName": "todo", "newScenarioState": "Started", "request": {"method": "DELETE", "url": "/stub/todo"}, "response": {"status": 204}}""");

        await fake.AdminAsync(HttpMethod.Put, "__admin/scenarios/todo/state", """{"state": "Read"}""");
        Assert.Equal("still one item", (await CallAsync(fake, HttpMethod.Get)).Body);
        Assert.Equal(HttpStatusCode.NoContent, (await CallAsync(fake, HttpMethod.Delete)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await CallAsync(fake, HttpMethod.Delete)).Status);
        Assert.Equal("created", (await CallAsync(fake, HttpMethod.Post)).Body);

        var (status, answer) = await fake.Admin.SendJsonAsync(HttpMethod.Post, "__admin/scenarios/nope/reset", null);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("No scenario found by name 'nope'", answer!["Status"]!.GetValue<string>(), StringComparison.Ordinal);
        var (refused, why) = await fake.Admin.SendJsonAsync(HttpMethod.Post, "__admin/mappings", """{"WhenStateIs": "x", "Request": {}, "Response": {}}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("needs 'Scenario'", why!["Status"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WireMock_Net_moves_after_TimesInSameState_answers_and_a_mapping_without_SetStateTo_goes_back_to_the_start()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """
            [{"Scenario": "todo", "SetStateTo": "Twice", "TimesInSameState": 2,
              "Request": {"Path": "/stub/todo", "Methods": ["POST"]}, "Response": {"StatusCode": 201, "Body": "created"}},
             {"Scenario": "todo", "WhenStateIs": "Twice",
              "Request": {"Path": "/stub/todo", "Methods": ["GET"]}, "Response": {"StatusCode": 200, "Body": "two"}}]
            """);

        Assert.Equal("created", (await CallAsync(fake, HttpMethod.Post)).Body);
        var counting = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__admin/scenarios")).AsArray())!;
        Assert.Equal(1, counting["Counter"]!.GetValue<int>());
        Assert.Null(counting["NextState"]);
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(fake, HttpMethod.Get)).Status);
        Assert.Equal("created", (await CallAsync(fake, HttpMethod.Post)).Body);
        Assert.Equal("two", (await CallAsync(fake, HttpMethod.Get)).Body);

        var finished = Assert.Single((await fake.AdminAsync(HttpMethod.Get, "__admin/scenarios")).AsArray())!;
        Assert.True(finished["Finished"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(fake, HttpMethod.Get)).Status);
        Assert.Equal("created", (await CallAsync(fake, HttpMethod.Post)).Body);
    }

    [Fact]
    public async Task Of_parallel_requests_exactly_one_makes_the_move_out_of_a_state()
    {
        await using var fake = await AdminServer.StartAsync();
        await fake.AdminAsync(HttpMethod.Post, "__admin/mappings", """
            [{"Scenario": "ticket", "SetStateTo": "Taken", "Request": {"Path": "/stub/ticket"}, "Response": {"StatusCode": 200, "Body": "yours"}},
             {"Priority": 10, "Request": {"Path": "/stub/ticket"}, "Response": {"StatusCode": 409, "Body": "gone"}}]
            """);

        for (var round = 0; round < 5; round++)
        {
            await fake.AdminAsync(HttpMethod.Post, "__admin/scenarios/reset");
            var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => GetTicketAsync(fake))));

            Assert.Equal(1, answers.Count(a => a == "yours"));
            Assert.Equal(23, answers.Count(a => a == "gone"));
        }
    }

    /// <summary>The HTTP methods of the reset routes (an enum: <see cref="HttpMethod"/> is not serializable theory data).</summary>
    public enum ResetVerb
    {
        /// <summary>POST.</summary>
        Post,

        /// <summary>DELETE.</summary>
        Delete,
    }

    private static async Task<string> GetTicketAsync(AdminServer fake)
    {
        using var response = await fake.Api.GetAsync(new Uri(fake.Server.Url, "/stub/ticket"), TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(AdminServer fake, HttpMethod method)
    {
        using var request = new HttpRequestMessage(method, new Uri(fake.Server.Url, "/stub/todo"));
        using var response = await fake.Api.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response.StatusCode == HttpStatusCode.NotFound ? "" : body);
    }
}
