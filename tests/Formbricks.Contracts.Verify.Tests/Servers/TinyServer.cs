using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Formbricks.Contracts.Verify.Tests.Servers;

/// <summary>The one way a test server breaks the tiny spec (public: a theory parameter).</summary>
public enum Fault
{
    None,
    UndeclaredStatus,
    BodyBreaksSchema,
    IgnoredKey,
    ServerError,
    DeleteKeeps,
    WrongContentType,
    AcceptsBrokenInput,
}

/// <summary>A server for <see cref="TinySpec"/> on Kestrel (port 0) that keeps the spec, or breaks it in one way.</summary>
internal sealed partial class TinyServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TinyServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The API base (the spec's server URL is replaced by it).</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request, as <c>METHOD /path?query body</c>, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<TinyServer> StartAsync(Fault fault)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TinyServer(app);
        var items = new ConcurrentDictionary<string, string>(StringComparer.Ordinal) { ["a1"] = "first", ["b2"] = "second" };
        var created = 0;
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            server.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} {body}");
            if (fault != Fault.IgnoredKey && context.Request.Headers["x-api-key"] != TinySpec.Key)
            {
                await Results.Json(new { message = "no key" }, statusCode: 401).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        app.MapGet("/api/items", (HttpContext context) =>
        {
            var limit = context.Request.Query["limit"].ToString();
            if (limit.Length > 0 && !(int.TryParse(limit, out var n) && n is >= 1 and <= 10) && fault != Fault.AcceptsBrokenInput)
            {
                return Results.Json(new { message = "bad limit" }, statusCode: 400);
            }

            var list = new { data = items.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new { id = p.Key, name = p.Value }) };
            return fault switch
            {
                Fault.UndeclaredStatus => Results.Json(list, statusCode: 203),
                Fault.WrongContentType => Results.Text(JsonSerializer.Serialize(list), "text/html"),
                _ => Results.Json(list),
            };
        });
        app.MapPost("/api/items", async (HttpContext context) =>
        {
            JsonNode? input;
            try
            {
                input = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync());
            }
            catch (JsonException)
            {
                return Results.Json(new { message = "not JSON" }, statusCode: 400);
            }

            if (input is not JsonObject obj || obj["name"] is not JsonValue name || !name.TryGetValue<string>(out var text) || text.Length == 0)
            {
                return Results.Json(new { message = "name is required" }, statusCode: 400);
            }

            var id = "n" + Interlocked.Increment(ref created);
            items[id] = text;
            return Results.Json(new { id, name = text }, statusCode: 201);
        });
        app.MapGet("/api/items/{id}", (string id) =>
        {
            if (!IdPattern().IsMatch(id))
            {
                return Results.Json(new { message = "bad id" }, statusCode: 400);
            }

            if (!items.TryGetValue(id, out var name))
            {
                return Results.Json(new { message = "not found" }, statusCode: 404);
            }

            return fault switch
            {
                Fault.ServerError => Results.Text("boom", "text/plain", statusCode: 500),
                Fault.BodyBreaksSchema => Results.Json(new { id = 5, name }),
                _ => Results.Json(new { id, name }),
            };
        });
        app.MapDelete("/api/items/{id}", (string id) =>
        {
            if (!IdPattern().IsMatch(id))
            {
                return Results.Json(new { message = "bad id" }, statusCode: 400);
            }

            var found = fault == Fault.DeleteKeeps ? items.ContainsKey(id) : items.TryRemove(id, out _);
            return found ? Results.NoContent() : Results.Json(new { message = "not found" }, statusCode: 404);
        });
        await app.StartAsync();
        server.BaseUrl = new Uri(new Uri(app.Urls.First()), "/api");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex IdPattern();
}
