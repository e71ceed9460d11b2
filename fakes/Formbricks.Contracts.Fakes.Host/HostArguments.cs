using System.Globalization;
using Formbricks.Contracts.Fakes;

/// <summary>The host's command line, read into <see cref="FakeFormbricksOptions"/>; a bad argument is one line and exit code 2.</summary>
internal sealed class HostArguments
{
    public const string Usage =
        "usage: Formbricks.Contracts.Fakes.Host [--port <0-65535>] [--seed <int>] [--contacts <n>] [--segment-sizes <n,n,…>] " +
        "[--public-url <absolute url>] [--rate-limit] [--journal-capacity <n>|unbounded] [--no-admin] [--json]";

    /// <summary>The most contacts a seeded segment may have.</summary>
    private const int MaxContacts = 10_000_000;

    public FakeFormbricksOptions Options { get; } = new() { Hosting = FakeHosting.Http, Port = 5080, AdminApi = true };

    /// <summary>Print one JSON object (url, apiKey, seeded ids) instead of the text lines.</summary>
    public bool Json { get; private set; }

    public bool Help { get; private set; }

    /// <summary>The first bad argument, as one line (null when all are fine).</summary>
    public string? Error { get; private set; }

    public static HostArguments Parse(string[] args)
    {
        var parsed = new HostArguments();
        for (var i = 0; i < args.Length && parsed.Error is null && !parsed.Help; i++)
        {
            var name = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            parsed.Error = parsed.Apply(name, Value);
        }

        return parsed;
    }

    /// <summary>Applies one option; returns the error line, or null.</summary>
    private string? Apply(string name, Func<string?> next)
    {
        var options = Options;
        switch (name)
        {
            case "--port":
                return Number(name, next(), 65535, "a port from 0 to 65535 (0 picks a free one)", v => options.Port = v);
            case "--seed":
                var seedText = next();
                return int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
                    ? Set(() => options.Seed = seed)
                    : Invalid(name, seedText, "a whole number");
            case "--contacts":
                return Number(name, next(), MaxContacts, $"a number of contacts up to {MaxContacts:N0}", v => options.ContactCount = v);
            case "--journal-capacity":
                // "unbounded" lifts the default bound (FakeFormbricksOptions.DefaultJournalCapacity).
                var capacityText = next();
                return capacityText == "unbounded"
                    ? Set(() => options.JournalCapacity = null)
                    : Number(name, capacityText, int.MaxValue, "a number of entries (0 keeps none) or 'unbounded'", v => options.JournalCapacity = v);
            case "--segment-sizes":
                var sizesText = next();
                var sizes = sizesText?.Split(',', StringSplitOptions.TrimEntries)
                    .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size <= MaxContacts ? size : -1)
                    .ToList();
                return sizes is { Count: > 0 } && sizes.TrueForAll(s => s >= 0)
                    ? Set(() => options.SegmentSizes = sizes)
                    : Invalid(name, sizesText, $"sizes separated by commas, each 0 to {MaxContacts:N0}, e.g. 10,1000,100000");
            case "--public-url":
                var urlText = next();
                return Uri.TryCreate(urlText, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                    ? Set(() => options.PublicUrl = url)
                    : Invalid(name, urlText, "an absolute http(s) URL");
            case "--rate-limit":
                return Set(() => options.RateLimit = true);
            case "--no-admin":
                return Set(() => options.AdminApi = false);
            case "--json":
                return Set(() => Json = true);
            case "-h" or "--help":
                return Set(() => Help = true);
            default:
                return $"invalid value for '{name}': unknown option";
        }
    }

    private static string? Number(string name, string? text, int max, string expected, Action<int> set) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? Set(() => set(value))
            : Invalid(name, text, expected);

    private static string Invalid(string name, string? text, string expected) =>
        text is null ? $"invalid value for '{name}': missing, expected {expected}" : $"invalid value for '{name}': '{text}', expected {expected}";

    private static string? Set(Action set)
    {
        set();
        return null;
    }
}
