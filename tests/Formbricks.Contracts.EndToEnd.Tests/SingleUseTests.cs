using System.Text.Json;
using System.Web;
using Formbricks.Contracts.EndToEnd.Api;
using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.EndToEnd.Tests;

public sealed class SingleUseTests
{
    [Theory]
    [InlineData(FakeHosting.InMemory)]
    [InlineData(FakeHosting.Http)]
    public async Task A_second_response_on_a_single_use_link_gets_409(FakeHosting hosting)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var (client, input) = await SingleUseResponseAsync(session);

        var created = await client.CreateClientResponseAsync(session.Server.Seeded.EnvironmentId, input, TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrEmpty(Assert.IsType<ClientResponseCreated>(created.Data).Id));

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => client.CreateClientResponseAsync(session.Server.Seeded.EnvironmentId, input, TestContext.Current.CancellationToken));
        Assert.Equal(409, error.Status);
        var body = Assert.IsType<Error>(error.Error);
        Assert.Equal(("conflict", "Response already submitted for this single-use link"), (body.Code, body.Message));
    }

    [Fact]
    public async Task The_management_api_refuses_a_used_single_use_id_with_a_typed_409()
    {
        await using var session = await Session.StartAsync();
        var seeded = session.Server.Seeded;
        var input = new ResponseInput
        {
            SurveyId = seeded.SingleUseSurveyId,
            Finished = true,
            Data = new Dictionary<string, JsonElement> { ["q1"] = JsonSerializer.SerializeToElement("again") },
            SingleUseId = seeded.UsedSingleUseId,
        };

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => session.Client().CreateResponseAsync(input, TestContext.Current.CancellationToken));

        Assert.Equal(409, error.Status);
        var body = Assert.IsType<V2Error>(error.Error).Error;
        Assert.Equal((409, "Conflict"), (body.Code, body.Message));
        Assert.Single(session.Server.Data.Responses, r => r.SingleUseId == seeded.UsedSingleUseId);
    }

    [Theory]
    [InlineData(FakeHosting.InMemory)]
    [InlineData(FakeHosting.Http)]
    public async Task Of_100_parallel_submissions_with_one_single_use_id_exactly_one_wins(FakeHosting hosting)
    {
        await using var session = await Session.StartAsync(new FakeFormbricksOptions { Hosting = hosting });
        var (client, input) = await SingleUseResponseAsync(session);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            try
            {
                await client.CreateClientResponseAsync(session.Server.Seeded.EnvironmentId, input, TestContext.Current.CancellationToken);
                return 200;
            }
            catch (FormbricksClientException error)
            {
                return error.Status;
            }
        }));

        Assert.Equal(1, attempts.Count(status => status == 200));
        Assert.Equal(99, attempts.Count(status => status == 409));
        Assert.Single(session.Server.Data.Responses, r => r.SingleUseId == input.SingleUseId);
    }

    [Fact]
    public async Task Single_use_ids_are_refused_for_a_survey_without_them_with_the_v1_error_body()
    {
        await using var session = await Session.StartAsync();

        var error = await Assert.ThrowsAsync<FormbricksClientException>(() => session.Client().GetSingleUseIdsAsync(session.Server.Seeded.LinkSurveyId, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(400, error.Status);
        Assert.Equal("Single use links are not enabled for this survey", Assert.IsType<Error>(error.Error).Message);
    }

    /// <summary>A single-use link from the API, and the response a survey page would submit for it.</summary>
    private static async Task<(FormbricksClient Client, ResponseInput Input)> SingleUseResponseAsync(Session session)
    {
        var surveyId = session.Server.Seeded.SingleUseSurveyId;
        var client = session.Client();
        var links = (await client.GetSingleUseIdsAsync(surveyId, limit: 3, cancellationToken: TestContext.Current.CancellationToken)).Data;
        Assert.Equal(3, links.Count);
        var link = links[0];
        var suId = HttpUtility.ParseQueryString(link.Query)["suId"]!;
        Assert.NotNull(HttpUtility.ParseQueryString(link.Query)["suToken"]);

        var input = new ResponseInput
        {
            SurveyId = surveyId,
            Finished = true,
            Data = new Dictionary<string, JsonElement> { ["q1"] = JsonSerializer.SerializeToElement("yes") },
            SingleUseId = suId,
            Meta = new ResponseMeta { Url = link.AbsoluteUri, Source = "end-to-end test" },
        };
        return (session.Client(apiKey: null), input);
    }
}
