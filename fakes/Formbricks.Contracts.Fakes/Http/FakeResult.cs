using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>
/// An answer of the fake server, written by the pipeline. JSON answers are serialized once, to UTF-8, and those bytes
/// are what goes on the wire and into the journal; the text is decoded only when something asks for it.
/// </summary>
internal sealed record FakeResult
{
    /// <summary>Room for a body of <see cref="JsJson.MaxDepth"/> levels inside the envelope (System.Text.Json's default is 64).</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = JsJson.MaxDepth + 16,
    };

    /// <summary>A buffer larger than this is not kept for the thread's next answer.</summary>
    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private string? _text;
    private byte[]? _utf8;

    /// <summary>An answer with a text body.</summary>
    public FakeResult(int status, string contentType, string body)
    {
        Status = status;
        ContentType = contentType;
        _text = body;
    }

    /// <summary>An answer with a UTF-8 body.</summary>
    public FakeResult(int status, string contentType, byte[] utf8Body)
    {
        Status = status;
        ContentType = contentType;
        _utf8 = utf8Body;
    }

    /// <summary>The status code.</summary>
    public int Status { get; init; }

    /// <summary>The <c>Content-Type</c>.</summary>
    public string ContentType { get; init; }

    /// <summary>The body as text (decoded on first use for a UTF-8 answer).</summary>
    public string Body => _text ??= Encoding.UTF8.GetString(_utf8!);

    /// <summary>The body as UTF-8 (encoded on first use for a text answer).</summary>
    public byte[] Utf8Body => _utf8 ??= Encoding.UTF8.GetBytes(_text!);

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>A JSON answer.</summary>
    public static FakeResult Json(int status, JsonNode body) => Json(status, body, static (writer, node) => node.WriteTo(writer));

    /// <summary>
    /// A JSON answer written straight to UTF-8 by <paramref name="write"/>, through a buffer and a writer the thread
    /// keeps for its next answer: the one allocation is the body's own array.
    /// </summary>
    public static FakeResult Json<TState>(int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        try
        {
            write(writer, state);
            writer.Flush();
            return new(status, "application/json", buffer.WrittenSpan.ToArray());
        }
        finally
        {
            writer.Reset();
            if (buffer.Capacity > KeptBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    /// <summary>A v1 or v2 success envelope: <c>{"data": …, "meta"?: …}</c>.</summary>
    public static FakeResult Data(JsonNode? data, JsonObject? meta = null, int status = 200)
    {
        var body = new JsonObject { ["data"] = data };
        if (meta is not null)
        {
            body["meta"] = meta;
        }

        return Json(status, body);
    }

    /// <summary>A success envelope <c>{"data": item}</c>, the item written straight to UTF-8 by <paramref name="write"/>.</summary>
    public static FakeResult Data<T>(T item, Action<Utf8JsonWriter, T> write, int status = 200) =>
        Json(status, (item, write), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            state.write(writer, state.item);
            writer.WriteEndObject();
        });

    /// <summary>A success envelope <c>{"data": [items]}</c> (no <c>meta</c>), each item written by <paramref name="write"/>.</summary>
    public static FakeResult DataList<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write) =>
        Json(200, (items, write), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var item in state.items)
            {
                state.write(writer, item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>An HTML page.</summary>
    public static FakeResult Html(int status, string html) => new(status, "text/html; charset=utf-8", html);

    /// <summary>The reason phrases the real server puts in <c>message</c>.</summary>
    public static string Reason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        410 => "Gone",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
    };
}
