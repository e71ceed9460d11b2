using System.Net;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;
using Formbricks.Contracts.Fakes.Links;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>
/// The survey pages <c>/c/{token}</c> and <c>/s/{surveyId}</c>: HTML like the real pages (200 for every survey
/// page, 404/500 otherwise), or, with <c>Accept: application/json</c>, this fake's JSON form:
/// <c>{"status":"valid|expired|invalid|alreadyAnswered|paused|completed|notFound|error","httpStatus":…,"surveyId":…,
/// "contactId":…,"singleUseId":…,"heading":…,"text":…}</c>.
/// </summary>
internal static class LinkPageEndpoints
{
    public static IEnumerable<Operation> Operations()
    {
        yield return new(FakeOperations.OpenContactLink, "GET", "/c/{token}", ApiFamily.Page, OpenContactLinkAsync);
        yield return new(FakeOperations.OpenSurveyLink, "GET", "/s/{surveyId}", ApiFamily.Page, c => Task.FromResult(OpenSurveyLink(c)));
    }

    private static async Task<FakeResult> OpenContactLinkAsync(RequestContext context)
    {
        var outcome = await LinkPages.ContactLinkAsync(context.Links, context["token"], context.Query("suId"), context.Query("suToken")).ConfigureAwait(false);
        return Render(context, outcome);
    }

    private static FakeResult OpenSurveyLink(RequestContext context) =>
        Render(context, LinkPages.SurveyLink(context.Links, context["surveyId"], context.Query("suId"), context.Query("suToken")));

    private static FakeResult Render(RequestContext context, LinkOutcome outcome)
    {
        var status = char.ToLowerInvariant(outcome.Status.ToString()[0]) + outcome.Status.ToString()[1..];
        var accept = context.Http.Request.Headers.Accept.ToString();
        if (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return FakeResult.Json(outcome.HttpStatus, new JsonObject
            {
                ["status"] = status,
                ["httpStatus"] = outcome.HttpStatus,
                ["surveyId"] = outcome.SurveyId,
                ["contactId"] = outcome.ContactId,
                ["singleUseId"] = outcome.SingleUseId,
                ["heading"] = outcome.Heading,
                ["text"] = outcome.Text,
            });
        }

        var heading = WebUtility.HtmlEncode(outcome.Heading ?? "");
        var text = outcome.Text is null ? "" : $"<p>{WebUtility.HtmlEncode(outcome.Text)}</p>";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{heading}</title></head>
            <body data-status="{status}" data-survey-id="{WebUtility.HtmlEncode(outcome.SurveyId ?? "")}">
            <main><h1>{heading}</h1>{text}</main>
            <footer>Powered by Formbricks</footer>
            </body>
            </html>
            """;
        return FakeResult.Html(outcome.HttpStatus, html);
    }
}
