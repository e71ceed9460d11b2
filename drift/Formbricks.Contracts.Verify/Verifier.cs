using Formbricks.Contracts.Conformance;
using Formbricks.Contracts.Verify.Execution;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify;

/// <summary>
/// Checks a live server against its spec: calls every operation (list reads first, so that their ids feed the rest;
/// writes only with <see cref="VerifyOptions.AllowWrites"/>) with values that fit the schemas and with values that break
/// them, and applies the <see cref="VerifyCheck"/> checks to every answer.
/// </summary>
public static class Verifier
{
    /// <summary>Runs verify.</summary>
    /// <param name="document">The spec.</param>
    /// <param name="options">Base URL, key, bounds, seed.</param>
    /// <param name="http">The client that sends the requests (its base address is not used).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>What was called and what failed.</returns>
    /// <exception cref="ServerUnreachableException">The server did not answer a request at all.</exception>
    public static async Task<VerifyReport> RunAsync(OpenApiDocument document, VerifyOptions options, HttpClient http, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        var run = new VerifyRun(document, options, new RequestSender(http, options), new Findings(new ContractChecker(document), options.BaseUrl));
        return await run.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
