using AnalyzerTour.Formbricks;

namespace AnalyzerTour;

/// <summary>One example of each Formbricks.Contracts analyzer rule (compiled only with ANALYZER_TOUR defined).</summary>
internal static class Tour
{
    /// <summary>The largest page the spec allows (limit: maximum 250).</summary>
    public const int PageSize = 250;

#if ANALYZER_TOUR
    private const int TooBig = 500;

    // FBC0100: the spec's limit is 1-250 and expirationDays 1-365; attributeKeys takes at most 20 keys.
    public static Task Limits(FormbricksClient client) => Task.WhenAll(
        client.GetSurveysAsync(limit: TooBig),
        client.GetPersonalizedSurveyLinkAsync("survey1", "contact1", expirationDays: 400),
        client.GetContactLinksBySegmentAsync("survey1", "segment1", attributeKeys: "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u"));

    // FBC0100 in an object initializer: the survey type is one of link, app.
    public static SurveyInput Initializer() => new() { Name = "NPS", Type = "poll", EnvironmentId = "env1" };

    // FBC0101: a key in the source (the code fix reads FORMBRICKS_API_KEY instead).
    public static FormbricksClientOptions Key() => new() { ApiKey = "fbk_0123456789abcdefghijKLMNOP" };

    // FBC0102: a paging loop by hand (the code fix turns it into await foreach over EnumerateContactsAsync).
    public static async Task Paging(FormbricksClient client)
    {
        var skip = 0;
        while (true)
        {
            var page = await client.GetContactsAsync(limit: 100, skip: skip);
            foreach (var contact in page.Data)
            {
                Console.WriteLine(contact.Id);
            }

            if (page.Data.Count < 100)
            {
                break;
            }

            skip += page.Data.Count;
        }
    }

    // FBC0103: one request per contact, where EnumerateContactLinksBySegmentAsync gives 250 links per request.
    public static async Task PerContact(FormbricksClient client, IEnumerable<Contact> contacts)
    {
        foreach (var contact in contacts)
        {
            await client.GetPersonalizedSurveyLinkAsync("survey1", contact.Id, expirationDays: 7);
        }
    }

    // FBC0104 (a sunset date in the past) and CS0618 (deprecated) need a deprecated operation in the spec, and
    // FBC0105 (an unknown operation id) a reference to Formbricks.Contracts.Fakes: see docs/diagnostics/FBC0104.md
    // and FBC0105.md, and tests/Formbricks.Contracts.Analyzers.Tests for both.
#endif
}
