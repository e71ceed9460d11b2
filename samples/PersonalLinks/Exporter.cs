using System.Net;
using Formbricks.Contracts.Fakes;
using PersonalLinks.Formbricks;

namespace PersonalLinks;

/// <summary>Pages through the segment's contact links and writes them as the Formbricks UI's CSV export.</summary>
internal static class Exporter
{
    /// <summary>The contact attributes the CSV needs, asked for with <c>attributeKeys</c>.</summary>
    private const string AttributeKeys = "userId,firstName,lastName,email";

    private const int PageSize = 250;

    public static async Task<int> RunAsync(ExportSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        if (settings.BaseUrl is not null && string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            log.WriteLine("error: --base-url needs an API key: pass --api-key or set FORMBRICKS_API_KEY.");
            return 2;
        }

        FakeFormbricksServer? fake = null;
        try
        {
            HttpClient http;
            string surveyId, segmentId;
            var options = new FormbricksClientOptions();
            if (settings.BaseUrl is null)
            {
                fake = await FakeFormbricksServer.StartAsync(cancellationToken: cancellationToken);
                log.WriteLine($"No --base-url: using the embedded fake Formbricks server at {fake.Url} (seed {fake.Options.Seed}).");
                http = fake.CreateClient();
                surveyId = settings.SurveyId ?? fake.Seeded.LinkSurveyId;
                segmentId = settings.SegmentId ?? fake.Seeded.SegmentsBySize.OrderBy(s => s.Key).Last().Value;
            }
            else
            {
                if (settings.SurveyId is null || settings.SegmentId is null)
                {
                    log.WriteLine("error: against a real Formbricks, --survey and --segment are required.");
                    return 2;
                }

                http = new HttpClient();
                options.BaseAddress = settings.BaseUrl;
                options.ApiKey = settings.ApiKey;
                (surveyId, segmentId) = (settings.SurveyId, settings.SegmentId);
            }

            using (http)
            {
                var client = new FormbricksClient(http, options);
                var written = await ExportAsync(client, surveyId, segmentId, settings, log, cancellationToken);
                log.WriteLine($"Wrote {written} personal links to {(settings.Output.Name == "-" ? "standard output" : settings.Output.FullName)}.");
                return 0;
            }
        }
        catch (FormbricksClientException error)
        {
            log.WriteLine("error: " + Explain(error));
            return 1;
        }
        catch (HttpRequestException error)
        {
            log.WriteLine($"error: could not reach Formbricks ({error.Message}). Check --base-url and the network.");
            return 3;
        }
        finally
        {
            if (fake is not null)
            {
                await fake.DisposeAsync();
            }
        }
    }

    private static async Task<int> ExportAsync(FormbricksClient client, string surveyId, string segmentId, ExportSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        await using var stream = settings.Output.Name == "-" ? Console.OpenStandardOutput() : settings.Output.Create();
        await using var writer = new StreamWriter(stream);
        var csv = new CsvWriter(writer);
        await csv.WriteRowAsync(["Formbricks Contact ID", "Custom ID", "First Name", "Last Name", "Email", "Personal Link"]);

        var count = 0;
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync(surveyId, segmentId, limit: PageSize, expirationDays: settings.ExpirationDays, attributeKeys: AttributeKeys, cancellationToken: cancellationToken))
        {
            var attributes = link.Attributes;
            await csv.WriteRowAsync([link.ContactId, Get(attributes, "userId"), Get(attributes, "firstName"), Get(attributes, "lastName"), Get(attributes, "email"), link.SurveyUrl.ToString()]);
            if (++count % 1000 == 0)
            {
                log.WriteLine($"  {count} links…");
            }
        }

        return count;
    }

    private static string Get(IReadOnlyDictionary<string, string>? attributes, string key) =>
        attributes is not null && attributes.TryGetValue(key, out var value) ? value : string.Empty;

    /// <summary>What a failed call means for this job, in words a user can act on.</summary>
    private static string Explain(FormbricksClientException error)
    {
        var detail = error.Error is V2Error { Error: { } body } ? $" ({body.Message}{Details(body)})" : string.Empty;
        return error.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "the API key was refused (401). Check the key and that it has read access to the survey's environment." + detail,
            HttpStatusCode.Forbidden => "Formbricks refused (403): the survey must be an in-progress link survey, and contacts need an Enterprise licence." + detail,
            HttpStatusCode.NotFound => "not found (404): check the segment id." + detail,
            HttpStatusCode.UnprocessableEntity => "Formbricks rejected the request (422)" + detail + ".",
            HttpStatusCode.TooManyRequests => "rate limited (429): Formbricks allows 100 requests a minute per key; try again in a minute.",
            HttpStatusCode.InternalServerError => "Formbricks answered 500. On this route an unknown survey id gives a 500: check --survey." + detail,
            _ => error.Message,
        };
    }

    private static string Details(V2ErrorError body) =>
        body.Details is { Count: > 0 } details ? ": " + string.Join("; ", details.Select(d => $"{d.Field} {d.Issue}")) : string.Empty;
}
