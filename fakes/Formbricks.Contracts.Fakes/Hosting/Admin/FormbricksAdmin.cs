using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// The Formbricks part of the admin API, under <c>/__formbricks/</c>: the server's description, the clock, faults and
/// the rate limit, the journal, data, and the reset. <c>GET /__formbricks/</c> lists the routes of its one route table.
/// Errors are <c>{"error": "one line"}</c> with 400 (404 for an unknown route).
/// </summary>
internal sealed class FormbricksAdmin
{
    public const string Prefix = "/__formbricks";

    private readonly ServerState _state;
    private readonly AdminState _admin;
    private readonly Func<ServerDescription> _describe;
    private readonly Route[] _routes;

    public FormbricksAdmin(ServerState state, AdminState admin, Func<ServerDescription> describe)
    {
        _state = state;
        _admin = admin;
        _describe = describe;
        _routes =
        [
            new("GET", "", "this index", (_, _) => Task.FromResult<JsonNode?>(Index())),
            new("GET", "server", "url, apiUrl, apiKey, seed and the seeded ids (the host's --json line)", (_, _) => Task.FromResult<JsonNode?>(_describe().ToJson())),
            new("GET", "clock", "the server clock: {\"utcNow\"}", (_, _) => Task.FromResult<JsonNode?>(Clock())),
            new("POST", "clock", "move the clock: {\"advance\": \"P8D\"} (ISO 8601 duration), {\"advanceSeconds\": 60} or {\"set\": \"2026-07-01T00:00:00Z\"}", MoveClockAsync),
            new("GET", "faults", "the fault rules in matching order and the rate limit", (_, _) => Task.FromResult<JsonNode?>(Faults())),
            new("POST", "faults", "add a fault (or a list): {\"operationId\": \"getSurveys\", \"times\": 2, \"action\": \"status\", \"status\": 503}", AddFaultsAsync),
            new("DELETE", "faults", "remove every fault rule", (_, _) => Done(() => _state.Faults.Clear())),
            new("PUT", "rate-limit", "{\"enabled\": true, \"limit\": 100, \"windowSeconds\": 60}", SetRateLimitAsync),
            new("GET", "journal", "the journal; filters ?operationId= &method= &path= (prefix) &status= &since= (server time) &limit= (newest n)",
                (http, _) => Task.FromResult<JsonNode?>(JournalJson.Read(_state.Journal, http.Request.Query))),
            new("DELETE", "journal", "forget the journal", (_, _) => Done(() => _state.Journal.Clear())),
            new("POST", "data/contacts", "{\"attributes\": {\"email\": \"a@example.com\"}} or {\"count\": 5, \"userIdPrefix\": \"py\"}; optional \"environmentId\"", AddContactsAsync),
            new("POST", "data/surveys", "{\"type\": \"link\", \"status\": \"inProgress\", \"name\": \"…\"}; optional \"environmentId\"", AddSurveyAsync),
            new("POST", "data/segments", "{\"contactIds\": […]} or {\"newContacts\": 25}; optional \"title\", \"environmentId\"", AddSegmentAsync),
            new("POST", "data/responses", "{\"surveyId\": \"…\", \"contactId\": \"…\", \"finished\": true, \"singleUseId\": \"…\"}", AddResponseAsync),
            new("POST", "reset", "everything back to the start: seeded data, clock, faults, rate limit, journal, stub mappings, request log", (_, _) => Done(Reset)),
        ];
    }

    private delegate Task<JsonNode?> Handler(HttpContext http, JsonObject? body);

    public async Task HandleAsync(HttpContext http)
    {
        var path = (http.Request.Path.Value ?? "")[Prefix.Length..].Trim('/');
        var method = http.Request.Method.ToUpperInvariant();
        try
        {
            var route = _routes.FirstOrDefault(r => r.Method == method && string.Equals(r.Path, path, StringComparison.OrdinalIgnoreCase))
                ?? throw new AdminException($"no admin route {method} {http.Request.Path}: GET {Prefix}/ lists them", StatusCodes.Status404NotFound);
            var body = method is "POST" or "PUT" ? await AdminJson.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false) : null;
            var answer = await route.Handler(http, body as JsonObject ?? (body is null ? null : new JsonObject { ["items"] = body.DeepClone() })).ConfigureAwait(false);
            await AdminJson.WriteAsync(http, answer).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AdminException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            var message = e is ArgumentException argument && argument.ParamName is not null ? argument.Message.Replace($" (Parameter '{argument.ParamName}')", "", StringComparison.Ordinal) : e.Message;
            await AdminJson.WriteAsync(http, new JsonObject { ["error"] = message }, (e as AdminException)?.Status ?? StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }
    }

    private JsonObject Index() => new()
    {
        ["description"] = "Admin API of the fake Formbricks server. No API key; these requests are not journaled. WireMock-compatible routes: /__admin/mappings, /__admin/requests, /__admin/reset.",
        ["endpoints"] = new JsonArray([.. _routes.Select(r => (JsonNode)new JsonObject
        {
            ["method"] = r.Method,
            ["path"] = $"{Prefix}/{r.Path}",
            ["description"] = r.Description,
        })]),
    };

    private JsonObject Clock() => new() { ["utcNow"] = FakeClock.ToIsoString(_state.Clock.GetUtcNow()) };

    private Task<JsonNode?> MoveClockAsync(HttpContext http, JsonObject? body)
    {
        if (AdminJson.GetString(body, "set") is { } set)
        {
            _state.Clock.SetUtcNow(DateTimeOffset.Parse(set, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal));
        }
        else if (AdminJson.GetString(body, "advance") is { } advance)
        {
            _state.Clock.Advance(Duration(advance));
        }
        else if (AdminJson.GetNumber(body, "advanceSeconds") is { } seconds)
        {
            _state.Clock.Advance(TimeSpan.FromSeconds(seconds));
        }
        else
        {
            throw new AdminException("give \"advance\" (an ISO 8601 duration such as P8D or PT90M), \"advanceSeconds\" or \"set\" (an ISO 8601 date-time)");
        }

        return Task.FromResult<JsonNode?>(Clock());
    }

    private JsonObject Faults()
    {
        var rateLimit = _state.Faults.RateLimit;
        return new JsonObject
        {
            ["faults"] = new JsonArray([.. _state.Faults.Rules.Select(r => (JsonNode)FaultJson.ToJson(r))]),
            ["rateLimit"] = new JsonObject { ["enabled"] = rateLimit.Enabled, ["limit"] = rateLimit.Limit, ["windowSeconds"] = rateLimit.Window.TotalSeconds },
        };
    }

    private Task<JsonNode?> AddFaultsAsync(HttpContext http, JsonObject? body)
    {
        var items = AdminJson.Get(body, "items") is JsonArray list ? list.OfType<JsonObject>().ToList() : [body ?? throw new AdminException("the body must be a fault object")];
        foreach (var item in items)
        {
            FaultJson.Add(_state.Faults, item);
        }

        return Task.FromResult<JsonNode?>(Faults());
    }

    private Task<JsonNode?> SetRateLimitAsync(HttpContext http, JsonObject? body)
    {
        var rateLimit = _state.Faults.RateLimit;
        if (AdminJson.GetNumber(body, "limit") is { } limit)
        {
            rateLimit.Limit = (int)limit;
        }

        if (AdminJson.GetNumber(body, "windowSeconds") is { } window)
        {
            rateLimit.Window = TimeSpan.FromSeconds(window);
        }

        if (AdminJson.GetBool(body, "enabled") is { } enabled)
        {
            if (enabled)
            {
                rateLimit.Enable();
            }
            else
            {
                rateLimit.Disable();
            }
        }

        return Task.FromResult<JsonNode?>(Faults()["rateLimit"]!.DeepClone());
    }

    private string Environment(JsonObject? body)
    {
        var id = AdminJson.GetString(body, "environmentId") ?? _state.Seeded.EnvironmentId;
        return _state.Data.Find<FakeEnvironment>(id) is null ? throw new AdminException($"no environment '{id}'") : id;
    }

    private Task<JsonNode?> AddContactsAsync(HttpContext http, JsonObject? body)
    {
        var environment = Environment(body);
        if (AdminJson.GetNumber(body, "count") is { } count)
        {
            var contacts = _state.Data.AddContacts(environment, (int)Math.Clamp(count, 0, 1_000_000), AdminJson.GetString(body, "userIdPrefix") ?? "test-user");
            return Task.FromResult<JsonNode?>(new JsonObject { ["ids"] = new JsonArray([.. contacts.Select(c => (JsonNode?)c.Id)]) });
        }

        var contact = _state.Data.AddContact(environment, AdminJson.GetStringMap(body, "attributes"));
        return Task.FromResult<JsonNode?>(new JsonObject { ["id"] = contact.Id });
    }

    private Task<JsonNode?> AddSurveyAsync(HttpContext http, JsonObject? body)
    {
        var type = Parse<FakeSurveyType>(AdminJson.GetString(body, "type") ?? "link", "type", "link, app");
        var status = Parse<FakeSurveyStatus>(AdminJson.GetString(body, "status") ?? "inProgress", "status", "draft, inProgress, paused, completed");
        var survey = _state.Data.AddSurvey(Environment(body), type, status, AdminJson.GetString(body, "name"));
        return Task.FromResult<JsonNode?>(new JsonObject { ["id"] = survey.Id });
    }

    private Task<JsonNode?> AddSegmentAsync(HttpContext http, JsonObject? body)
    {
        var environment = Environment(body);
        IEnumerable<string> members = AdminJson.Get(body, "contactIds") switch
        {
            JsonArray ids => [.. ids.Select(i => i?.GetValue<string>() ?? "")],
            null when AdminJson.GetNumber(body, "newContacts") is { } count =>
                _state.Data.AddContacts(environment, (int)Math.Clamp(count, 0, 1_000_000), "segment-member").Select(c => c.Id).ToList(),
            null => [],
            var other => throw new AdminException($"'contactIds' must be a list of ids, not {other.ToJsonString()}"),
        };
        var segment = _state.Data.AddSegment(environment, members, AdminJson.GetString(body, "title"));
        return Task.FromResult<JsonNode?>(new JsonObject { ["id"] = segment.Id, ["size"] = segment.Members.Count });
    }

    private Task<JsonNode?> AddResponseAsync(HttpContext http, JsonObject? body)
    {
        var surveyId = AdminJson.GetString(body, "surveyId") ?? throw new AdminException("a response needs \"surveyId\"");
        if (_state.Data.Find<FakeSurvey>(surveyId) is null)
        {
            throw new AdminException($"no survey '{surveyId}'");
        }

        var response = _state.Data.AddResponse(surveyId, AdminJson.GetString(body, "contactId"), AdminJson.GetBool(body, "finished") ?? true, AdminJson.GetString(body, "singleUseId"));
        return Task.FromResult<JsonNode?>(new JsonObject { ["id"] = response.Id });
    }

    /// <summary>The fake and the admin API back to their start (as <see cref="FakeFormbricksServer.Reset"/>).</summary>
    public void Reset()
    {
        _state.Reset();
        _admin.Reset();
    }

    private static TimeSpan Duration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new AdminException($"'advance' must be an ISO 8601 duration such as P8D, PT90M or -P1D, not '{text}'");
        }
    }

    private static T Parse<T>(string text, string name, string allowed)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : throw new AdminException($"'{name}' must be one of {allowed}, not '{text}'");

    private static Task<JsonNode?> Done(Action action)
    {
        action();
        return Task.FromResult<JsonNode?>(new JsonObject { ["done"] = true });
    }

    private sealed record Route(string Method, string Path, string Description, Handler Handler);
}
