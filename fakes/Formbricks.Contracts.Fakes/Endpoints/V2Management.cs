using System.Text.Json;
using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.Http;

namespace Formbricks.Contracts.Fakes.Endpoints;

/// <summary>
/// The conventions every v2 management route shares: <c>ZGetFilter</c> pagination and list pages, the validation order
/// of <c>apiWrapper</c>, cuid2 params, the 404 body, permission checks and the environment of a create call.
/// </summary>
internal static class V2Management
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 250;

    /// <summary>Validates <c>limit</c> (1..250, default 50) and <c>skip</c> (≥0, default 0) into the zod issue list.</summary>
    public static (int Limit, int Skip) Pagination(RequestContext context, Zod zod)
    {
        var limit = zod.CoerceNumber("limit", context.Query("limit"), 1, MaxLimit) ?? DefaultLimit;
        var skip = zod.CoerceNumber("skip", context.Query("skip"), 0, null) ?? 0;
        return ((int)Math.Floor(limit), (int)Math.Min(Math.Floor(skip), int.MaxValue));
    }

    /// <summary>
    /// The validation step of a v2 route: body schema, then query, then params, each group reported alone
    /// (the first failing group wins), as <c>apiWrapper</c> does.
    /// </summary>
    public static FakeResult? Validate(
        RequestContext context,
        Action<JsonObject, Zod>? body = null,
        Action<Zod>? query = null,
        params string[] cuidParams)
    {
        if (body is not null)
        {
            var zod = new Zod();
            if (zod.Root(context.Body) is { } obj)
            {
                body(obj, zod);
            }

            if (!zod.Ok)
            {
                return Errors.V2Zod(zod.Issues);
            }
        }

        if (query is not null)
        {
            var zod = new Zod();
            query(zod);
            if (!zod.Ok)
            {
                return Errors.V2Zod(zod.Issues);
            }
        }

        if (cuidParams.Length > 0)
        {
            var zod = new Zod();
            foreach (var name in cuidParams)
            {
                zod.Cuid2(name, context[name]);
            }

            if (!zod.Ok)
            {
                return Errors.V2Zod(zod.Issues);
            }
        }

        return null;
    }

    /// <summary>Validation of a list route: <c>ZGetFilter</c> (pagination, sort, date range).</summary>
    public static FakeResult? ValidateList(RequestContext context) => Validate(context, query: zod => ListQuery(context, zod));

    /// <summary>The <c>ZGetFilter</c> query of a list route, validated into <paramref name="zod"/>.</summary>
    public static (int Limit, int Skip, ListFilter Filter) ListQuery(RequestContext context, Zod zod)
    {
        var (limit, skip) = Pagination(context, zod);
        var query = (limit, skip, ListFilter.From(context, zod));
        context.ParsedListQuery = query;
        return query;
    }

    /// <summary>The 404 of a missing resource: <c>details:[{field:resource, issue:"not found"}]</c>.</summary>
    public static FakeResult NotFound(string resource) => Errors.V2(404, (resource, "not found"));

    /// <summary>
    /// A page of <paramref name="items"/> (already scoped) in the query's date range and order, written straight to
    /// UTF-8 by <paramref name="write"/> (no JSON tree, no text), with the query the validation step already parsed.
    /// </summary>
    public static FakeResult Page<T>(RequestContext context, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, bool withMeta = true)
        where T : FakeEntity
    {
        var (limit, skip, filter) = context.ParsedListQuery ?? ListQuery(context, new Zod());
        var all = filter.Apply(items).ToList();
        var page = all.Skip(skip).Take(limit);
        return WritePage(page, withMeta ? (all.Count, limit, skip) : null, write);
    }

    /// <summary>A page already cut (<paramref name="page"/> of <paramref name="total"/>), with <c>meta</c>.</summary>
    public static FakeResult PageOf<T>(IEnumerable<T> page, int total, int limit, int skip, Action<Utf8JsonWriter, T> write) =>
        WritePage(page, (total, limit, skip), write);

    private static FakeResult WritePage<T>(IEnumerable<T> page, (int Total, int Limit, int Skip)? meta, Action<Utf8JsonWriter, T> write) =>
        FakeResult.Json(200, (page, meta, write), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var item in state.page)
            {
                state.write(writer, item);
            }

            writer.WriteEndArray();
            if (state.meta is { } meta)
            {
                EntityJson.WriteMeta(writer, meta.Total, meta.Limit, meta.Skip);
            }

            writer.WriteEndObject();
        });

    /// <summary>Whether the caller holds the method's permission on <paramref name="environmentId"/>.</summary>
    public static bool Allowed(RequestContext context, string environmentId) =>
        context.Key!.CanDo(environmentId, context.Operation.Method);

    /// <summary>
    /// Validates the body's <c>environmentId</c> and <c>workspaceId</c> alike: each must be a string when present;
    /// with <paramref name="required"/> one of them must be there (reported on <c>environmentId</c>, the spec's name).
    /// </summary>
    public static void EnvironmentFields(JsonObject body, Zod zod, bool required)
    {
        zod.String(body, "environmentId", required: required && body["workspaceId"] is null);
        zod.String(body, "workspaceId", required: false);
    }

    /// <summary>
    /// The environment a create call names in its body: <c>workspaceId</c>, else the legacy <c>environmentId</c>
    /// (the precedence of the v1 routes); both were type-checked by <see cref="EnvironmentFields"/>.
    /// </summary>
    public static string? BodyEnvironment(JsonObject body) =>
        (body["workspaceId"] ?? body["environmentId"]) is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;

    /// <summary>The environment for a create call that names none: the first one the key may write to.</summary>
    public static string? DefaultWritableEnvironment(RequestContext context) =>
        context.Key!.EnvironmentIds.Order(StringComparer.Ordinal).FirstOrDefault(e => context.Key.Has(e, FakeAccessLevel.Write));
}
