using AnalyzerTour;
using AnalyzerTour.Formbricks;

// The clean versions of what Tour.cs does wrong: each line here is what the rule's message or code fix suggests.
using var http = new HttpClient();
var client = new FormbricksClient(http, new FormbricksClientOptions
{
    BaseAddress = new Uri("https://app.formbricks.com/api"),
    ApiKey = Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY"),
});

Console.WriteLine($"The operation ids are constants: {FormbricksClient.Operations.GetContactLinksBySegment.Id} " +
    $"({FormbricksClient.Operations.GetContactLinksBySegment.Method} {FormbricksClient.Operations.GetContactLinksBySegment.PathTemplate}).");
Console.WriteLine("Build with -p:DefineConstants=ANALYZER_TOUR -p:TreatWarningsAsErrors=false to see FBC0100-FBC0105 on Tour.cs.");
if (args.Length > 0 && args[0] == "--call")
{
    await foreach (var link in client.EnumerateContactLinksBySegmentAsync(args[1], args[2], limit: Tour.PageSize, expirationDays: 7))
    {
        Console.WriteLine($"{link.ContactId}: {link.SurveyUrl}");
    }
}
