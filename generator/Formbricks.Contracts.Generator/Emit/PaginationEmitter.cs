using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits the <c>IAsyncEnumerable</c> companion of a paged operation: it calls the operation page after page,
/// moving <c>skip</c> on, and stops at <c>meta.total</c>, on a short page or on an empty one.
/// </summary>
internal static class PaginationEmitter
{
    public static void Emit(SourceWriter w, ClientSpec client, OperationSpec operation)
    {
        var paging = operation.Pagination!;
        var ns = client.Namespace;
        var ordered = OperationEmitter.Ordered(operation, ns, client)
            .Where(p => p.Name != paging.SkipParameter)
            .ToList();
        var itemType = TypeNames.Of(paging.ItemType, ns);

        var summary = string.IsNullOrWhiteSpace(operation.Summary) ? $"<c>{operation.HttpMethod} {EmitHelpers.Escape(operation.PathTemplate)}</c>" : EmitHelpers.DocText(operation.Summary, string.Empty);
        w.Line("/// <summary>");
        w.Line($"/// Walks every page of <see cref=\"{operation.MethodName}\"/> ({summary.TrimEnd('.')}) and yields each item:");
        w.Line($"/// <c>{EmitHelpers.Escape(paging.SkipParameter)}</c> moves on by the page's length until <c>meta.total</c> is reached or a page comes back short or empty.");
        w.Line("/// </summary>");
        foreach (var (name, doc, _) in ordered)
        {
            var text = name == paging.LimitParameter ? "The page size. " + doc : doc;
            w.Line($"/// <param name=\"{name.TrimStart('@')}\">{text}</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the walk.</param>");
        w.Line("/// <returns>Every item of every page, in the server's order.</returns>");
        w.Line($"/// <exception cref=\"global::{ns}.{client.ExceptionName}\">A page request answered with a status that is not a success.</exception>");
        if (operation.IsDeprecated)
        {
            var text = operation.Metadata?.DeprecationText ?? "Deprecated in the OpenAPI document.";
            w.Line($"[global::System.Obsolete({JsonCode.Literal(text + (operation.Metadata?.Sunset is { } sunset ? $" Sunset: {sunset}." : string.Empty))})]");
        }

        var parameters = string.Join(", ", ordered.Select(p => p.Declaration).Concat(["[global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default"]));
        w.Open($"public async global::System.Collections.Generic.IAsyncEnumerable<{itemType}> {paging.MethodName}({parameters})");

        w.Line($"{Keyword(paging.SkipKind)} __skip = 0;");
        var pageSize = paging.LimitIsRequired || paging.DefaultLimitText is null
            ? paging.LimitParameter
            : $"{paging.LimitParameter} ?? {paging.DefaultLimitText}";
        w.Line($"{Keyword(paging.LimitKind)}? __pageSize = {pageSize};");
        w.Line("while (true)");
        w.Open();
        var arguments = OperationEmitter.Ordered(operation, ns)
            .Select(p => p.Name == paging.SkipParameter ? $"{p.Name}: __skip" : $"{p.Name}: {p.Name}")
            .Concat(["cancellationToken: cancellationToken"]);
        w.Line($"var __page = await {operation.MethodName}({string.Join(", ", arguments)}).ConfigureAwait(false);");
        w.Line($"var __items = __page.{paging.DataProperty};");
        w.Line("if (__items is null || __items.Count == 0)");
        w.Open();
        w.Line("yield break;");
        w.Close();
        w.Line();
        w.Line("foreach (var __item in __items)");
        w.Open();
        w.Line("yield return __item;");
        w.Close();
        w.Line();
        w.Line("__skip += __items.Count;");
        if (paging.MetaProperty is not null && paging.TotalProperty is not null)
        {
            w.Line($"if (__page.{paging.MetaProperty} is {{ }} __meta && (object?)__meta.{paging.TotalProperty} is {{ }} __totalValue && __skip >= global::System.Convert.ToDouble(__totalValue, global::System.Globalization.CultureInfo.InvariantCulture))");
            w.Open();
            w.Line("yield break;");
            w.Close();
            w.Line();
        }

        w.Line("if (__pageSize is { } __size && __items.Count < __size)");
        w.Open();
        w.Line("yield break;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
    }

    private static string Keyword(TypeKind kind) => kind switch
    {
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Single => "float",
        TypeKind.Decimal => "decimal",
        _ => "int",
    };
}
