using System.Net.Http;
using System.Text.Json;
using Formbricks.Contracts.Fakes;
using PersonalLinks.Formbricks;
using PersonalLinks.Progress;

namespace PersonalLinks;

/// <summary>What the user asked for.</summary>
internal sealed record ExportSettings(
    string? SurveyId,
    string? SegmentId,
    int? ExpirationDays,
    string Output,
    Uri? BaseUrl,
    string? ApiKey,
    CsvOptions Csv,
    IReadOnlyList<int>? SegmentSizes,
    bool KeepServing);

/// <summary>
/// Runs one export: checks the settings, opens the output (all or nothing, see <see cref="AtomicOutput"/>), connects to
/// Formbricks or starts the embedded fake, writes the CSV the Formbricks UI exports, and turns every failure into one
/// line and an <see cref="ExitCodes">exit code</see>.
/// </summary>
internal sealed class Exporter(TextWriter log, bool interactive)
{
    private static readonly string[] Header = ["Formbricks Contact ID", "Custom ID", "First Name", "Last Name", "Email", "Personal Link"];

    public async Task<int> RunAsync(ExportSettings settings, CancellationToken cancellationToken)
    {
        if (Check(settings) is { } usage)
        {
            log.WriteLine("error: " + usage);
            return ExitCodes.Usage;
        }

        var toStandardOutput = settings.Output == "-";
        AtomicOutput? output;
        try
        {
            output = toStandardOutput ? null : AtomicOutput.Create(settings.Output);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            log.WriteLine("error: " + ErrorMessages.Output(Path.GetFullPath(settings.Output), error));
            return ExitCodes.OutputError;
        }

        await using (output)
        {
            FakeFormbricksServer? fake = null;
            try
            {
                HttpClient http;
                var options = new FormbricksClientOptions();
                string surveyId, segmentId;
                if (settings.BaseUrl is null)
                {
                    fake = await EmbeddedFake.StartAsync(settings.SegmentSizes, log, cancellationToken);
                    http = fake.CreateClient();
                    surveyId = settings.SurveyId ?? fake.Seeded.LinkSurveyId;
                    segmentId = settings.SegmentId ?? EmbeddedFake.LargestSegment(fake);
                }
                else
                {
                    http = new HttpClient();
                    options.BaseAddress = settings.BaseUrl;
                    options.ApiKey = settings.ApiKey;
                    (surveyId, segmentId) = (settings.SurveyId!, settings.SegmentId!);
                }

                int written;
                using (http)
                {
                    var client = new FormbricksClient(http, options);
                    var stream = output?.Stream ?? Console.OpenStandardOutput();
                    written = await ProgressDisplay.RunAsync(log, interactive, progress =>
                        WriteAsync(client, surveyId, segmentId, settings, stream, progress, cancellationToken));
                }

                if (output is not null)
                {
                    await output.CommitAsync();
                }

                log.WriteLine($"Wrote {written} personal links to {output?.Target ?? "standard output"}.");
                if (fake is not null)
                {
                    return await ServeAsync(fake, settings.KeepServing, cancellationToken);
                }

                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                log.WriteLine(toStandardOutput
                    ? "cancelled: the export stopped before the last link."
                    : $"cancelled: nothing was written to {output!.Target} (an existing file is left as it was).");
                return ExitCodes.Cancelled;
            }
            catch (FormbricksClientException error)
            {
                log.WriteLine("error: " + ErrorMessages.Explain(error));
                return ExitCodes.ApiError;
            }
            catch (JsonException error)
            {
                log.WriteLine($"error: Formbricks answered with a body this tool cannot read ({error.Message}). Check --base-url: it must end in /api.");
                return ExitCodes.ApiError;
            }
            catch (Exception error) when (error is HttpRequestException or HttpIOException or TaskCanceledException)
            {
                log.WriteLine("error: " + ErrorMessages.Unreachable(error, settings.BaseUrl ?? fake?.ApiUrl));
                return ExitCodes.Unreachable;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                log.WriteLine("error: " + ErrorMessages.Output(output?.Target ?? "standard output", error));
                return ExitCodes.OutputError;
            }
            finally
            {
                if (fake is not null)
                {
                    await fake.DisposeAsync();
                }
            }
        }
    }

    /// <summary>The combinations the option parser cannot check on its own.</summary>
    private static string? Check(ExportSettings settings)
    {
        if (settings.BaseUrl is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            return "--base-url needs an API key: pass --api-key or set FORMBRICKS_API_KEY.";
        }

        if (settings.SurveyId is null || settings.SegmentId is null)
        {
            return "against a real Formbricks, --survey and --segment are required.";
        }

        return settings.SegmentSizes is not null || settings.KeepServing
            ? "--segment-sizes and --keep-serving apply to the embedded fake only; leave them out with --base-url."
            : null;
    }

    private static async Task<int> WriteAsync(FormbricksClient client, string surveyId, string segmentId, ExportSettings settings, Stream stream, ILinkProgress progress, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, settings.Csv.Encoding, bufferSize: 64 * 1024, leaveOpen: true);
        var csv = new CsvWriter(writer, settings.Csv);
        await csv.WriteRowAsync(Header, cancellationToken);

        var count = 0;
        await foreach (var link in LinkPages.ReadAsync(client, surveyId, segmentId, settings.ExpirationDays, progress.SetTotal, cancellationToken))
        {
            var attributes = link.Attributes;
            await csv.WriteRowAsync([link.ContactId, Get(attributes, "userId"), Get(attributes, "firstName"), Get(attributes, "lastName"), Get(attributes, "email"), link.SurveyUrl.ToString()], cancellationToken);
            progress.SetWritten(++count);
        }

        progress.SetWritten(count);
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>After the export: stop the fake (its links die with it), or keep serving them until Ctrl-C.</summary>
    private async Task<int> ServeAsync(FakeFormbricksServer fake, bool keepServing, CancellationToken cancellationToken)
    {
        if (!keepServing)
        {
            log.WriteLine($"The links point at the embedded fake ({fake.Url}) and open only while it runs: add --keep-serving to keep it up after the export.");
            return ExitCodes.Ok;
        }

        log.WriteLine($"Serving the links at {fake.Url} until Ctrl-C.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        return ExitCodes.Ok;
    }

    private static string Get(IReadOnlyDictionary<string, string>? attributes, string key) =>
        attributes is not null && attributes.TryGetValue(key, out var value) ? value : string.Empty;
}
