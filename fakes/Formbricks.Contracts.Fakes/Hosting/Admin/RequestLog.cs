using System.Globalization;
using System.Text.Json.Nodes;

// The string keys are WireMock.Net's JSON names; that some equal member names here is a coincidence (CA1507).
#pragma warning disable CA1507

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// One request as <c>GET /__admin/requests</c> lists it. Requests the fake answered keep a reference to their
/// <see cref="JournalEntry"/> (body and answer are not copied); requests a stub mapping answered carry their own.
/// </summary>
internal sealed record LoggedRequest(
    Guid Guid,
    DateTime ReceivedUtc,
    string Url,
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string[]>> Headers,
    IReadOnlyList<KeyValuePair<string, string[]>> ResponseHeaders,
    JournalEntry? Journal,
    StubMapping? Mapping,
    string StubRequestBody,
    int StubStatus,
    string StubResponseBody = "")
{
    /// <summary>The catch-all "mapping" of the fake, as the WireMock.Net package titles it.</summary>
    public const string FakeTitle = "Formbricks (Formbricks.Contracts.Fakes)";

    /// <summary>A fixed GUID standing for the fake in <c>MappingGuid</c>.</summary>
    public static readonly Guid FakeGuid = new("f0f0f0f0-0000-4000-8000-000000000001");

    /// <summary>The request body as received.</summary>
    public string RequestBody => Journal?.Body ?? StubRequestBody;

    public JsonObject ToJson()
    {
        var requestBody = RequestBody;
        var request = new JsonObject
        {
            ["ClientIP"] = "127.0.0.1",
            ["DateTime"] = ReceivedUtc.ToString("o", CultureInfo.InvariantCulture),
            ["Path"] = Path,
            ["AbsolutePath"] = Path,
            ["Url"] = Url,
            ["AbsoluteUrl"] = Url,
            ["Query"] = AdminJson.ToListMap(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query)
                .Select(p => KeyValuePair.Create(p.Key, p.Value.Select(v => v ?? "").ToArray()))),
            ["RawQuery"] = Query.TrimStart('?'),
            ["Method"] = Method,
            ["Headers"] = AdminJson.ToListMap(Headers),
        };
        AddBody(request, requestBody);
        var response = new JsonObject
        {
            ["StatusCode"] = Journal?.Status ?? StubStatus,
            ["Headers"] = AdminJson.ToListMap(ResponseHeaders),
        };
        AddBody(response, Journal?.ResponseBody ?? StubResponseBody);
        return new JsonObject
        {
            ["Guid"] = Guid.ToString(),
            ["Request"] = request,
            ["Response"] = response,
            ["MappingGuid"] = (Mapping?.Guid ?? FakeGuid).ToString(),
            ["MappingTitle"] = Mapping is null ? FakeTitle : Mapping.Title,
        };
    }

    private static void AddBody(JsonObject json, string body)
    {
        if (body.Length == 0)
        {
            return;
        }

        json["Body"] = body;
        if (AdminJson.TryParse(body) is { } parsed)
        {
            json["BodyAsJson"] = parsed;
            json["DetectedBodyType"] = "Json";
        }
        else
        {
            json["DetectedBodyType"] = "String";
        }
    }
}

/// <summary>The admin API's state: the stub mappings, their scenarios and the request log (bounded by the journal's capacity).</summary>
internal sealed class AdminState
{
    private readonly object _gate = new();
    private readonly Queue<LoggedRequest> _log = new();
    private StubMapping[] _mappings = [];
    private long _sequence;

    /// <summary>The mappings in answering order (priority, then newest first); a lock-free snapshot for each request.</summary>
    public IReadOnlyList<StubMapping> Mappings => Volatile.Read(ref _mappings);

    /// <summary>The scenarios' states (<c>/__admin/scenarios</c>).</summary>
    public ScenarioStore Scenarios { get; } = new();

    public IReadOnlyList<LoggedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    public StubMapping Add(JsonNode? json) => AddAll([json])[0];

    /// <summary>Adds every mapping or, when one is bad, none (its <see cref="AdminException"/> says why).</summary>
    public IReadOnlyList<StubMapping> AddAll(IEnumerable<JsonNode?> json)
    {
        lock (_gate)
        {
            var added = new List<StubMapping>();
            var sequence = _sequence;
            foreach (var mapping in json)
            {
                added.Add(StubMapping.Parse(mapping, ++sequence));
            }

            _sequence = sequence;
            var guids = added.Select(m => m.Guid).ToHashSet();
            // A GUID given twice in one batch: the later mapping stays, as if posted one after the other.
            _mappings = [.. _mappings.Where(m => !guids.Contains(m.Guid)).Concat(added.GroupBy(m => m.Guid).Select(g => g.Last()))
                .OrderBy(m => m.Priority).ThenByDescending(m => m.Sequence)];
            return added;
        }
    }

    public bool Remove(Guid guid)
    {
        lock (_gate)
        {
            var before = _mappings.Length;
            _mappings = [.. _mappings.Where(m => m.Guid != guid)];
            return _mappings.Length != before;
        }
    }

    public void ClearMappings()
    {
        lock (_gate)
        {
            _mappings = [];
        }
    }

    public void Log(LoggedRequest request, int? capacity)
    {
        lock (_gate)
        {
            _log.Enqueue(request);
            while (capacity is { } max && _log.Count > max)
            {
                _log.Dequeue();
            }
        }
    }

    public void ClearRequests()
    {
        lock (_gate)
        {
            _log.Clear();
        }
    }

    public void Reset()
    {
        ClearMappings();
        ClearRequests();
        Scenarios.Reset();
    }
}
