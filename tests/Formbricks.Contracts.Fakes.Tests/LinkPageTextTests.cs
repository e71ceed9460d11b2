using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The survey's own texts on the link pages (behaviour §3 and §2.5): <c>singleUse.heading/subheading</c> on a used
/// single-use link, <c>surveyClosedMessage</c> on a completed survey; the real defaults otherwise.
/// </summary>
public sealed class LinkPageTextTests : IClassFixture<FakeFormbricksFixture>
{
    private readonly FakeFormbricksServer _server;

    public LinkPageTextTests(FakeFormbricksFixture fixture)
    {
        _server = fixture.Server;
    }

    [Fact]
    public async Task Used_single_use_link_shows_the_defaults_and_then_the_surveys_own_texts()
    {
        var survey = _server.Data.AddSurvey(_server.Seeded.EnvironmentId, FakeSurveyType.Link, FakeSurveyStatus.InProgress, singleUse: new FakeSingleUse(true, false));
        _server.Data.AddResponse(survey.Id, singleUseId: "CUSTOMER-4711");
        var link = _server.Links.CreateSingleUseLink(survey.Id, "CUSTOMER-4711");

        await ExpectAsync(link, "alreadyAnswered", survey.Id, null, "CUSTOMER-4711", "The survey has already been answered.", "You can only use this link once.");

        _server.Data.SetSingleUse(survey, survey.SingleUse! with { Heading = "Thanks <again>!", Subheading = "This link is spent." });
        await ExpectAsync(link, "alreadyAnswered", survey.Id, null, "CUSTOMER-4711", "Thanks <again>!", "This link is spent.");
        var outcome = await _server.Links.OpenAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(
            new LinkOutcome(LinkStatus.AlreadyAnswered, 200, survey.Id, null, "CUSTOMER-4711", "Thanks <again>!", "This link is spent."),
            outcome);

        // heading ?? default and subheading ?? default, each on its own; an empty string is kept.
        _server.Data.SetSingleUse(survey, survey.SingleUse with { Heading = null, Subheading = "" });
        await ExpectAsync(link, "alreadyAnswered", survey.Id, null, "CUSTOMER-4711", "The survey has already been answered.", "");
    }

    [Fact]
    public async Task Completed_survey_shows_the_defaults_or_its_closed_message_and_paused_ignores_it()
    {
        var env = _server.Seeded.EnvironmentId;
        var plain = _server.Data.AddSurvey(env, FakeSurveyType.Link, FakeSurveyStatus.Completed);
        await ExpectAsync(new Uri(_server.Url, $"s/{plain.Id}"), "completed", plain.Id, null, null, "Survey Completed", "This survey is closed.");

        var closed = _server.Data.AddSurvey(
            env, FakeSurveyType.Link, FakeSurveyStatus.Completed, surveyClosedMessage: new FakeSurveyClosedMessage("We are closed", "See you next year."));
        await ExpectAsync(new Uri(_server.Url, $"s/{closed.Id}"), "completed", closed.Id, null, null, "We are closed", "See you next year.");

        var contact = _server.Data.AddContact(env);
        var personal = _server.Links.CreateContactLink(contact.Id, closed.Id);
        Assert.Equal(
            new LinkOutcome(LinkStatus.Completed, 200, closed.Id, contact.Id, null, "We are closed", "See you next year."),
            await _server.Links.OpenAsync(personal, TestContext.Current.CancellationToken));

        // The message replaces both texts: an unset subheading is shown empty, not as the default.
        _server.Data.SetSurveyClosedMessage(closed, new FakeSurveyClosedMessage("Closed for good", null));
        await ExpectAsync(new Uri(_server.Url, $"s/{closed.Id}"), "completed", closed.Id, null, null, "Closed for good", null);

        _server.Data.SetSurveyStatus(closed, FakeSurveyStatus.Paused);
        await ExpectAsync(new Uri(_server.Url, $"s/{closed.Id}"), "paused", closed.Id, null, null, "Survey Paused", "This survey is temporarily paused.");
    }

    [Fact]
    public async Task Texts_set_through_the_survey_api_are_stored_returned_and_shown()
    {
        using var client = _server.CreateClient();
        var (created, body) = await client.PostJsonAsync("v2/management/surveys", new JsonObject
        {
            ["name"] = "Texts",
            ["type"] = "link",
            ["status"] = "completed",
            ["environmentId"] = _server.Seeded.EnvironmentId,
            ["singleUse"] = new JsonObject { ["enabled"] = false, ["isEncrypted"] = true, ["heading"] = "Used", ["subheading"] = "Once only" },
            ["surveyClosedMessage"] = new JsonObject { ["enabled"] = true, ["heading"] = "Over", ["subheading"] = "Thanks for coming" },
        });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = (string)body!["data"]!["id"]!;
        Assert.Equal("""{"enabled":false,"isEncrypted":true,"heading":"Used","subheading":"Once only"}""", body["data"]!["singleUse"].Json());
        Assert.Equal("""{"heading":"Over","subheading":"Thanks for coming"}""", body["data"]!["surveyClosedMessage"].Json());
        Assert.Equal(new FakeSingleUse(false, true, "Used", "Once only"), _server.Data.Find<FakeSurvey>(id)!.SingleUse);
        await ExpectAsync(new Uri(_server.Url, $"s/{id}"), "completed", id, null, null, "Over", "Thanks for coming");

        var (updated, after) = await client.SendJsonAsync(HttpMethod.Put, $"v2/management/surveys/{id}",
            $$"""{"name":"Texts","type":"link","environmentId":"{{_server.Seeded.EnvironmentId}}","surveyClosedMessage":null}""");
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Null(after!["data"]!["surveyClosedMessage"]);
        Assert.Null(_server.Data.Find<FakeSurvey>(id)!.SurveyClosedMessage);
        await ExpectAsync(new Uri(_server.Url, $"s/{id}"), "completed", id, null, null, "Survey Completed", "This survey is closed.");
    }

    /// <summary>Checks the JSON form of the page exactly, and the HTML form's heading and text.</summary>
    private async Task ExpectAsync(Uri link, string status, string surveyId, string? contactId, string? singleUseId, string heading, string? text)
    {
        using var client = _server.CreateClient(apiKey: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Url, link.PathAndQuery));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var json = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var expected = new JsonObject
        {
            ["status"] = status, ["httpStatus"] = 200, ["surveyId"] = surveyId, ["contactId"] = contactId,
            ["singleUseId"] = singleUseId, ["heading"] = heading, ["text"] = text,
        };
        Assert.Equal(expected.Json(), (await Http.ReadAsync(json)).Json());

        var html = await client.GetStringAsync(new Uri(_server.Url, link.PathAndQuery), TestContext.Current.CancellationToken);
        var paragraph = text is null ? "" : $"<p>{WebUtility.HtmlEncode(text)}</p>";
        Assert.Contains($"<main><h1>{WebUtility.HtmlEncode(heading)}</h1>{paragraph}</main>", html, StringComparison.Ordinal);
    }
}
