using System.CommandLine;

namespace PersonalLinks;

/// <summary>The command line: options, their defaults and their checks.</summary>
internal static class PersonalLinksCommand
{
    /// <param name="log">Where progress and errors go (standard error for the program).</param>
    public static RootCommand Create(TextWriter log)
    {
        var survey = new Option<string?>("--survey") { Description = "The survey id (default against the fake: its seeded in-progress link survey)." };
        var segment = new Option<string?>("--segment") { Description = "The segment id (default against the fake: its seeded 1,000-contact segment)." };
        var expirationDays = new Option<int?>("--expiration-days") { Description = "Days until each link expires (1-365); no expiry when left out." };
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "The CSV file to write ('-' for standard output).",
            DefaultValueFactory = _ => new FileInfo("personal-links.csv"),
        };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The Formbricks API base address, e.g. https://app.formbricks.com/api. Without it the embedded fake server is used.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return uri;
                }

                result.AddError($"--base-url must be an absolute http(s) address such as https://app.formbricks.com/api, not '{text}'.");
                return null;
            },
        };
        var apiKey = new Option<string?>("--api-key") { Description = "The API key (or set FORMBRICKS_API_KEY). Needed with --base-url." };

        expirationDays.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } days && (days < 1 || days > 365))
            {
                result.AddError("--expiration-days must be between 1 and 365.");
            }
        });

        var command = new RootCommand("Generates a personal survey link for every contact of a Formbricks segment and writes them as CSV.")
        {
            survey, segment, expirationDays, output, baseUrl, apiKey,
        };
        command.SetAction((parse, cancellationToken) => Exporter.RunAsync(
            new ExportSettings(
                parse.GetValue(survey),
                parse.GetValue(segment),
                parse.GetValue(expirationDays),
                parse.GetValue(output)!,
                parse.GetValue(baseUrl),
                parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY")),
            log,
            cancellationToken));
        return command;
    }
}

/// <summary>What the user asked for.</summary>
internal sealed record ExportSettings(string? SurveyId, string? SegmentId, int? ExpirationDays, FileInfo Output, Uri? BaseUrl, string? ApiKey);
