using System.CommandLine;
using System.Globalization;
using Formbricks.Contracts.Conformance;
using Formbricks.Contracts.Verify;

namespace Formbricks.Contracts.Tool.Commands;

/// <summary><c>formbricks-contracts verify</c>: a live server checked against its spec.</summary>
internal static class VerifyCommand
{
    private const string Description = """
        Check a live server against its OpenAPI spec: every operation is called with values generated from the schemas
        (examples, boundaries, enum values, ids from list answers) and with values that break them, and each answer is
        checked (no undeclared 5xx, declared status, content type and headers, body fits the schema, breaking input
        rejected, valid input accepted, missing or wrong key refused, undeclared method gets 405, deleted resources are
        gone, created ones can be read back). Read-only (GET) unless --allow-writes. Each failure comes with a curl line;
        the key appears in it as $FORMBRICKS_API_KEY.

        Exit codes: 0 no failure, 1 failures, 2 bad usage, 3 spec unreadable or server unreachable.
        """;

    /// <summary>The command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var spec = Text("--spec", "The OpenAPI document (YAML or JSON, 3.0 or 3.1).");
        var baseUrl = Text("--base-url", "The API base URL; replaces the spec's server URL (e.g. http://127.0.0.1:5080/api).");
        var apiKey = Text("--api-key", "The API key (default: the FORMBRICKS_API_KEY environment variable).");
        var allowWrites = new Option<bool>("--allow-writes") { Description = "Also call POST, PUT, PATCH and DELETE operations: for a sandbox only." };
        var maxRequests = Text("--max-requests", "Stop after this many requests (default 1000).");
        var timeLimit = Text("--time-limit", "Stop after this many seconds (default 300).");
        var seed = Text("--seed", "Seed of the random choices (default 0): the same seed sends the same requests.");
        var format = Text("--format", "text (default), json or junit.");
        var command = new Command("verify", Description) { spec, baseUrl, apiKey, allowWrites, maxRequests, timeLimit, seed, format };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, cancellationToken) =>
        {
            var problems = new List<string>();
            problems.AddRange(result.UnmatchedTokens.Select(token => $"unexpected argument '{token}'"));
            var specPath = result.GetValue(spec);
            if (string.IsNullOrWhiteSpace(specPath))
            {
                problems.Add("--spec is required");
            }

            Uri? url = null;
            var urlText = result.GetValue(baseUrl);
            if (string.IsNullOrWhiteSpace(urlText))
            {
                problems.Add("--base-url is required");
            }
            else if (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"--base-url '{urlText}' is not an absolute http(s) URL");
            }

            var requests = Number(result.GetValue(maxRequests), "--max-requests", 1000, 1, problems);
            var seconds = Number(result.GetValue(timeLimit), "--time-limit", 300, 1, problems);
            var seedValue = Number(result.GetValue(seed), "--seed", 0, int.MinValue, problems);
            var formatName = result.GetValue(format) ?? "text";
            if (!ReportWriter.Formats.Contains(formatName))
            {
                problems.Add($"--format '{formatName}' is not one of {string.Join(", ", ReportWriter.Formats)}");
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
                }

                await error.WriteLineAsync("usage: formbricks-contracts verify --spec <file> --base-url <url> [--api-key <key>] [--allow-writes] [--max-requests <n>] [--time-limit <s>] [--seed <n>] [--format text|json|junit]").ConfigureAwait(false);
                return 2;
            }

            ContractChecker checker;
            try
            {
                checker = ContractChecker.FromFile(specPath!);
            }
            catch (SpecLoadException exception)
            {
                await error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
                return 3;
            }

            var options = new VerifyOptions
            {
                BaseUrl = url!,
                ApiKey = result.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY"),
                AllowWrites = result.GetValue(allowWrites),
                MaxRequests = requests,
                TimeLimit = TimeSpan.FromSeconds(seconds),
                Seed = seedValue,
            };
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            VerifyReport report;
            try
            {
                report = await Verifier.RunAsync(checker.Document, options, http, cancellationToken).ConfigureAwait(false);
            }
            catch (ServerUnreachableException exception)
            {
                await error.WriteLineAsync("error: the server is unreachable: " + exception.Message).ConfigureAwait(false);
                return 3;
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                // Never a stack trace at the user: what stopped the run, in one line.
                await error.WriteLineAsync($"error: verify could not run ({exception.GetType().Name}: {exception.Message})").ConfigureAwait(false);
                return 3;
            }

            ReportWriter.Write(report, formatName, output);
            return report.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static Option<string?> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static int Number(string? text, string name, int fallback, int minimum, List<string> problems)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        problems.Add($"{name} '{text}' is not a whole number{(minimum > 0 ? $" of at least {minimum}" : string.Empty)}");
        return fallback;
    }
}
