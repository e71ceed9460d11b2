using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PersonalLinks;

/// <summary>The command line: options, their defaults and their checks.</summary>
internal static class PersonalLinksCommand
{
    /// <summary>The most contacts <c>--segment-sizes</c> may ask the embedded fake for.</summary>
    private const int MaxSegmentSize = 1_000_000;

    /// <param name="log">Where progress and errors go (standard error for the program).</param>
    /// <param name="interactive">Whether <paramref name="log"/> is a terminal (a live progress bar) or not (plain lines).</param>
    public static RootCommand Create(TextWriter log, bool interactive)
    {
        var survey = new Option<string?>("--survey") { Description = "The survey id (default against the fake: its seeded in-progress link survey)." };
        var segment = new Option<string?>("--segment") { Description = "The segment id (default against the fake: its largest seeded segment)." };
        var expirationDays = new Option<int?>("--expiration-days")
        {
            Description = "Days until each link expires (1-365); no expiry when left out.",
            CustomParser = ParseExpirationDays,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The CSV file to write ('-' for standard output). Written to a temporary file beside it and renamed at the end: a failed or cancelled run leaves an existing file as it was.",
            DefaultValueFactory = _ => "personal-links.csv",
        };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The Formbricks API base address, e.g. https://app.formbricks.com/api. Without it the embedded fake server is used.",
            CustomParser = ParseBaseUrl,
        };
        var apiKey = new Option<string?>("--api-key") { Description = "The API key (or set FORMBRICKS_API_KEY). Needed with --base-url." };
        var noBom = new Option<bool>("--no-bom") { Description = "Leave out the UTF-8 byte-order mark (written by default so that Excel reads accents right)." };
        var rawCells = new Option<bool>("--no-formula-escaping")
        {
            Description = "Write cells beginning with = + - @ tab or CR as they are (by default they get a leading ' so a spreadsheet shows them as text, not as a formula).",
        };
        var segmentSizes = new Option<int[]?>("--segment-sizes")
        {
            Description = "Embedded fake only: the sizes of its seeded segments, e.g. 10,1000,100000 (default 0,10,1000). The largest is exported unless --segment is given.",
            CustomParser = ParseSegmentSizes,
        };
        var keepServing = new Option<bool>("--keep-serving") { Description = "Embedded fake only: keep serving the links after the export, until Ctrl-C." };

        var command = new RootCommand(
            "Generates a personal survey link for every contact of a Formbricks segment and writes them as the CSV the Formbricks UI exports.\n" +
            ExitCodes.Help)
        {
            survey, segment, expirationDays, output, baseUrl, apiKey, noBom, rawCells, segmentSizes, keepServing,
        };
        command.SetAction((parse, cancellationToken) => new Exporter(log, interactive).RunAsync(
            new ExportSettings(
                parse.GetValue(survey),
                parse.GetValue(segment),
                parse.GetValue(expirationDays),
                parse.GetValue(output)!,
                parse.GetValue(baseUrl),
                parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY"),
                new CsvOptions(ByteOrderMark: !parse.GetValue(noBom), EscapeFormulas: !parse.GetValue(rawCells)),
                parse.GetValue(segmentSizes) is { Length: > 0 } sizes ? sizes : null,
                parse.GetValue(keepServing)),
            cancellationToken));
        return command;
    }

    private static int? ParseExpirationDays(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 365)
        {
            return days;
        }

        result.AddError($"--expiration-days must be a whole number of days between 1 and 365, not '{text}'.");
        return null;
    }

    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"--base-url must be an absolute http(s) address such as https://app.formbricks.com/api, not '{text}'.");
        return null;
    }

    private static int[]? ParseSegmentSizes(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > MaxSegmentSize)
            {
                result.AddError($"--segment-sizes must be comma-separated whole numbers from 0 to {MaxSegmentSize:N0} (e.g. 10,1000,100000), not '{text}'.");
                return null;
            }

            sizes.Add(size);
        }

        return [.. sizes];
    }
}
