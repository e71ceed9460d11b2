using System.Text.Json.Nodes;
using Formbricks.Contracts.Verify.Generation;
using Formbricks.Contracts.Verify.Planning;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Verify.Execution;

/// <summary>The checks that take more than one request: read back what a POST created, read after a DELETE, an undeclared method.</summary>
internal sealed class StatefulChecks(OpenApiDocument document, VerifyOptions options, RequestSender sender, Findings findings, IdPool pool, RequestFactory factory)
{
    /// <summary>After a POST created something, its item path (<c>{collection}/{id}</c> with a GET) answers 2xx.</summary>
    public async Task ReadBackAsync(OperationPlan plan, VerifyRequest create, JsonNode? body, CancellationToken cancellationToken)
    {
        var data = body is JsonObject envelope && envelope["data"] is JsonObject inner ? inner : body as JsonObject;
        if (data?["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id))
        {
            return;
        }

        var prefix = plan.Template.TrimEnd('/') + "/{";
        var item = document.Paths.Keys.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal) && t.IndexOf('/', prefix.Length) < 0
            && OperationCatalog.Methods(document, t).Contains("GET"));
        if (item is null)
        {
            return;
        }

        var path = create.Path.TrimEnd('/') + "/" + Uri.EscapeDataString(id);
        var read = create with { Method = "GET", Path = path, Query = [], Body = null };
        if (await sender.SendAsync(read, cancellationToken).ConfigureAwait(false) is not { } exchange)
        {
            return;
        }

        findings.Applied(VerifyCheck.EnsureResourceAvailability, plan.Name);
        if (exchange.Status is < 200 or >= 300)
        {
            findings.Fail(VerifyCheck.EnsureResourceAvailability, plan.Method, plan.Template, read, exchange.Status,
                $"the resource created with id '{id}' cannot be read back at GET {item}: got {exchange.Status}");
        }
    }

    /// <summary>After a successful DELETE, a GET of the same path answers 404 or 410.</summary>
    public async Task UseAfterFreeAsync(OperationPlan plan, VerifyRequest delete, CancellationToken cancellationToken)
    {
        foreach (var segment in delete.Path.Split('/'))
        {
            pool.Forget(Uri.UnescapeDataString(segment));
        }

        if (!OperationCatalog.Methods(document, plan.Template).Contains("GET"))
        {
            return;
        }

        var read = delete with { Method = "GET", Query = [], Body = null };
        if (await sender.SendAsync(read, cancellationToken).ConfigureAwait(false) is not { } exchange)
        {
            return;
        }

        findings.Applied(VerifyCheck.UseAfterFree, plan.Name);
        if (exchange.Status is not (404 or 410))
        {
            findings.Fail(VerifyCheck.UseAfterFree, plan.Method, plan.Template, read, exchange.Status,
                $"the resource was deleted (DELETE answered 2xx), but GET {delete.Path} then got {exchange.Status}, not 404 or 410");
        }
    }

    /// <summary>
    /// A method the path does not declare gets 405. Read-only runs only try GET (on a path without one); with writes
    /// allowed, PATCH, PUT, POST or DELETE too.
    /// </summary>
    public async Task UnsupportedMethodAsync(OperationPlan plan, CancellationToken cancellationToken)
    {
        var declared = OperationCatalog.Methods(document, plan.Template);
        string[] candidates = options.AllowWrites ? ["GET", "PATCH", "PUT", "POST", "DELETE"] : ["GET"];
        var method = candidates.FirstOrDefault(m => !declared.Contains(m));
        if (method is null)
        {
            return;
        }

        var (valid, _) = factory.Valid(plan, 0);
        var request = valid with { Method = method, Query = [], Body = null };
        if (await sender.SendAsync(request, cancellationToken).ConfigureAwait(false) is not { } exchange)
        {
            return;
        }

        var name = method + " " + plan.Template;
        findings.Applied(VerifyCheck.UnsupportedMethod, name);
        if (exchange.Status != 405)
        {
            findings.Fail(VerifyCheck.UnsupportedMethod, method, plan.Template, request, exchange.Status,
                $"{method} is not declared for {plan.Template}, but got {exchange.Status}, not 405");
        }
    }
}
