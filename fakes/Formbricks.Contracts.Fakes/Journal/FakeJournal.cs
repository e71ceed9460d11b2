using System.Collections;
using Formbricks.Contracts.Fakes.Operations;

namespace Formbricks.Contracts.Fakes;

/// <summary>One request the fake server received, and the status it answered with.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Path">Request path, e.g. <c>/api/v2/management/surveys</c>.</param>
/// <param name="Query">Query string including the leading <c>?</c>, or empty.</param>
/// <param name="Headers">Request headers (multiple values joined with <c>", "</c>), case-insensitive keys.</param>
/// <param name="Body">Request body as text (empty when none; cut at 2 MiB + 1 byte).</param>
/// <param name="Status">The status code answered (0 when the connection was dropped).</param>
/// <param name="Timestamp">When the request arrived, by the server's <see cref="FakeClock"/>.</param>
/// <param name="OperationId">The OpenAPI operation id the request matched, if any.</param>
/// <param name="ResponseContentType">The <c>Content-Type</c> answered, or <see langword="null"/> (dropped connection).</param>
/// <param name="ResponseBody">The body answered (empty for none).</param>
/// <remarks>
/// The server records the bodies as the UTF-8 bytes that crossed the wire and the headers as a flat list:
/// <see cref="Body"/>, <see cref="ResponseBody"/> and <see cref="Headers"/> are decoded on first read.
/// </remarks>
public sealed record JournalEntry(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int Status,
    DateTimeOffset Timestamp,
    string? OperationId,
    string? ResponseContentType,
    string ResponseBody)
{
    private readonly KeyValuePair<string, string>[]? _headerList;
    private readonly byte[]? _bodyUtf8;
    private readonly byte[]? _responseUtf8;

    /// <summary>An entry as the server records it: bodies in UTF-8, headers as a list.</summary>
    internal JournalEntry(
        string method,
        string path,
        string query,
        KeyValuePair<string, string>[] headers,
        byte[] body,
        int status,
        DateTimeOffset timestamp,
        string? operationId,
        string? responseContentType,
        byte[] responseBody)
        : this(method, path, query, (IReadOnlyDictionary<string, string>)null!, (string)null!, status, timestamp, operationId, responseContentType, (string)null!)
    {
        _headerList = headers;
        _bodyUtf8 = body;
        _responseUtf8 = responseBody;
    }

    /// <summary>Request headers (multiple values joined with <c>", "</c>), case-insensitive keys.</summary>
    public IReadOnlyDictionary<string, string> Headers
    {
        get => field ??= new Dictionary<string, string>(_headerList!, StringComparer.OrdinalIgnoreCase);
        init;
    } = Headers;

    /// <summary>Request body as text (empty when none; cut at 2 MiB + 1 byte).</summary>
    public string Body
    {
        get => field ??= Decode(_bodyUtf8);
        init;
    } = Body;

    /// <summary>The body answered (empty for none).</summary>
    public string ResponseBody
    {
        get => field ??= Decode(_responseUtf8);
        init;
    } = ResponseBody;

    /// <summary>The query parsed: each parameter with its values in order (names case-sensitive, values decoded).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> QueryParameters =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).ToDictionary(
            p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(v => v ?? "")], StringComparer.Ordinal);

    /// <summary>The request's headers as the journal keeps them (multiple values joined with <c>", "</c>).</summary>
    internal static KeyValuePair<string, string>[] CopyHeaders(Microsoft.AspNetCore.Http.IHeaderDictionary headers)
    {
        var list = new KeyValuePair<string, string>[headers.Count];
        var index = 0;
        foreach (var (name, value) in headers)
        {
            list[index++] = new(name, value.ToString());
        }

        return index == list.Length ? list : list[..index];
    }

    private static string Decode(byte[]? utf8) => utf8 is { Length: > 0 } ? System.Text.Encoding.UTF8.GetString(utf8) : "";
}

/// <summary>
/// Every request the fake server received, in arrival order. Thread-safe; enumerate it with LINQ. It keeps the newest
/// <see cref="Capacity"/> entries, bodies included (<see cref="FakeFormbricksOptions.DefaultJournalCapacity"/> unless
/// the options say otherwise; the oldest entries go first), or every entry once the capacity is set to <see langword="null"/>.
/// </summary>
public sealed partial class FakeJournal : IEnumerable<JournalEntry>
{
    private readonly Queue<JournalEntry> _entries = new();
    private readonly object _gate = new();
    private int? _capacity;
    private readonly OperationCatalog _operations;
    private long _dropped;

    internal FakeJournal(int? capacity, OperationCatalog operations)
    {
        _operations = operations;
        Capacity = capacity;
    }

    /// <summary>
    /// How many entries are kept at most: when a request would exceed it, the oldest entry is dropped (and counted in
    /// <see cref="DroppedCount"/>). It starts at <see cref="FakeFormbricksOptions.JournalCapacity"/>
    /// (<see cref="FakeFormbricksOptions.DefaultJournalCapacity"/> by default); <see langword="null"/> lifts the bound and
    /// keeps everything, which a long run (walking a 100,000-contact segment, a load test) pays for in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? Capacity
    {
        get
        {
            lock (_gate)
            {
                return _capacity;
            }
        }

        set
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The journal's capacity cannot be negative.");
            }

            lock (_gate)
            {
                _capacity = value;
                Trim();
            }
        }
    }

    /// <summary>How many entries <see cref="Capacity"/> has made the journal drop since the server started (<see cref="Clear"/> does not count).</summary>
    public long DroppedCount
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    /// <summary>Number of recorded requests.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>A snapshot of the recorded requests, in arrival order.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The requests with the given method whose path starts with <paramref name="pathPrefix"/> (ordinal, case-insensitive).</summary>
    /// <param name="method">HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="pathPrefix">Path prefix, e.g. <c>/api/v2/management/surveys</c>.</param>
    /// <returns>The matching entries in arrival order.</returns>
    public IReadOnlyList<JournalEntry> Find(string method, string pathPrefix) =>
        [.. Entries.Where(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)
            && e.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The requests that matched an operation.</summary>
    /// <param name="operationId">The operation id, e.g. <see cref="FakeOperations.GetSurveys"/>.</param>
    /// <returns>The matching entries in arrival order.</returns>
    /// <exception cref="ArgumentException">The server serves no such operation (the message names the closest ids).</exception>
    public IReadOnlyList<JournalEntry> ForOperation(string operationId)
    {
        _operations.RequireOperationId(operationId, nameof(operationId));
        return [.. Entries.Where(e => string.Equals(e.OperationId, operationId, StringComparison.Ordinal))];
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <inheritdoc />
    public IEnumerator<JournalEntry> GetEnumerator() => Entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Raised once per request, after it is recorded and before its answer leaves (on the request's thread).</summary>
    public event EventHandler<JournalEntry>? Recorded;

    internal void Record(JournalEntry entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            Trim();
        }

        Recorded?.Invoke(this, entry);
    }

    private void Trim()
    {
        while (_capacity is { } capacity && _entries.Count > capacity)
        {
            _entries.Dequeue();
            _dropped++;
        }
    }
}
