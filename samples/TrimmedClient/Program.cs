using TrimmedClient.Formbricks;

// Calls a Formbricks server (the fake, in CI) through the generated client and checks what comes back: JSON read and
// written by the generated converters, paging, and the typed error of a failed call. Exit code 0 when all is as expected.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: TrimmedClient <api base url> <api key> <link survey id> <segment id>");
    return 2;
}

var client = new FormbricksClient(new HttpClient(), new FormbricksClientOptions { BaseAddress = new Uri(args[0]), ApiKey = args[1] });
var failures = new List<string>();

var me = await client.GetMeAsync();
Check(!string.IsNullOrEmpty(me.EnvironmentId), "getMe returns the key's environment");

var surveys = await client.GetSurveysAsync(limit: 5);
Check(surveys.Data.Count == 5 && surveys.Meta.Total >= 5, "getSurveys returns a page of 5 with its total");
Check(surveys.Data.All(s => s.Status is { IsKnown: true }), "every survey status is a known enum value");

var links = 0;
await foreach (var link in client.EnumerateContactLinksBySegmentAsync(args[2], args[3], limit: 4, expirationDays: 7))
{
    links++;
    Check(link.SurveyUrl.AbsolutePath.Contains("/c/", StringComparison.Ordinal) && link.ExpiresAt is not null, $"link {links} is a personal link that expires");
}

Check(links > 4, $"the segment walk crossed pages ({links} links)");

try
{
#pragma warning disable FBC0100 // Out of range on purpose: the run checks the server's 422 for it.
    await client.GetContactLinksBySegmentAsync(args[2], args[3], limit: 251);
#pragma warning restore FBC0100
    failures.Add("a limit of 251 was accepted");
}
catch (FormbricksClientException error) when (error.Status == 422 && error.Error is V2Error { Error.Details: [{ Field: "limit" }] })
{
    Console.WriteLine("ok: a limit of 251 is a typed 422 on 'limit'");
}

Console.WriteLine(failures.Count == 0 ? "trimmed client: all checks passed" : "trimmed client: " + string.Join("; ", failures));
return failures.Count == 0 ? 0 : 1;

void Check(bool condition, string what)
{
    if (condition)
    {
        Console.WriteLine("ok: " + what);
    }
    else
    {
        failures.Add(what);
    }
}
