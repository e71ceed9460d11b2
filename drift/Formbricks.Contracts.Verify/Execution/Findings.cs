using Formbricks.Contracts.Conformance;
using Formbricks.Contracts.Verify.Planning;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>The failures and applied checks of a run; the response conformance checks (status, content type, body, headers, 5xx).</summary>
internal sealed class Findings(ContractChecker checker, Uri baseUrl)
{
    private readonly List<VerifyFailure> _failures = [];
    private readonly HashSet<(string, string, string)> _seen = [];
    private readonly List<VerifyCase> _cases = [];
    private readonly HashSet<VerifyCase> _seenCases = [];

    public IReadOnlyList<VerifyFailure> Failures => _failures;

    public IReadOnlyList<VerifyCase> Cases => _cases;

    /// <summary>Records that a check ran on an operation.</summary>
    public void Applied(string check, string operation)
    {
        var item = new VerifyCase(check, operation);
        if (_seenCases.Add(item))
        {
            _cases.Add(item);
        }
    }

    /// <summary>Records a failed check (once per check, operation and message).</summary>
    public void Fail(string check, string method, string template, VerifyRequest request, int status, string message)
    {
        Applied(check, method + " " + template);
        if (_seen.Add((check, method + " " + template, message)))
        {
            _failures.Add(new VerifyFailure(check, method, template, status, message, Curl.For(baseUrl, request)));
        }
    }

    /// <summary>The response checks: 5xx, status, content type, body schema, required headers.</summary>
    public void CheckResponse(OperationPlan plan, VerifyRequest request, HttpExchange exchange)
    {
        foreach (var check in (string[])[VerifyCheck.NotAServerError, VerifyCheck.StatusCodeConformance, VerifyCheck.ContentTypeConformance, VerifyCheck.ResponseSchemaConformance, VerifyCheck.ResponseHeadersConformance])
        {
            Applied(check, plan.Name);
        }

        foreach (var finding in checker.Check(exchange))
        {
            var check = finding.Kind switch
            {
                ContractFindingKind.UndeclaredStatus when exchange.Status >= 500 => VerifyCheck.NotAServerError,
                ContractFindingKind.UndeclaredStatus => VerifyCheck.StatusCodeConformance,
                ContractFindingKind.UndeclaredContentType => VerifyCheck.ContentTypeConformance,
                ContractFindingKind.MissingHeader => VerifyCheck.ResponseHeadersConformance,
                _ => VerifyCheck.ResponseSchemaConformance,
            };
            var message = check == VerifyCheck.NotAServerError ? $"server error {exchange.Status}, not declared: {Excerpt(exchange.Body)}" : finding.Pointer.Length == 0 ? finding.Message : finding.Pointer + ": " + finding.Message;
            Fail(check, plan.Method, plan.Template, request, exchange.Status, message);
        }
    }

    public static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length == 0 ? "(no body)" : flat.Length > 160 ? flat[..160] + "…" : flat;
    }
}
