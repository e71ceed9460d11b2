namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// The runtime members the client's <c>SendAsync</c> reads response bodies with (appended to the spec's runtime class).
/// A success body is read from the response stream into a buffer rented from <c>ArrayPool&lt;byte&gt;.Shared</c>
/// and returned to the pool once deserialized, so a large page costs no large-object-heap copies; an error body is
/// read up to <c>MaxErrorBodyBytes</c> and kept (as bytes and as text) for the exception.
/// </summary>
internal static class ResponseBodyEmitter
{
    public const string RuntimeMembers = """

/// <summary>The most bytes of an error body kept for the exception; the rest is not read.</summary>
internal const int MaxErrorBodyBytes = 64 * 1024;

/// <summary>A response body in a buffer rented from the shared pool; <see cref="Deserialize{T}(ResponseBody, ReadFunc{T})"/> returns it.</summary>
internal readonly struct ResponseBody
{
    internal ResponseBody(byte[] buffer, int length)
    {
        Buffer = buffer;
        Length = length;
    }

    internal byte[] Buffer { get; }

    internal int Length { get; }

    internal global::System.ReadOnlySpan<byte> Span => new global::System.ReadOnlySpan<byte>(Buffer, 0, Length);

    internal void Return()
    {
        if (Buffer is { Length: > 0 })
        {
            global::System.Buffers.ArrayPool<byte>.Shared.Return(Buffer);
        }
    }
}

/// <summary>Reads the content's stream into a pooled buffer, at most <paramref name="limit"/> bytes.</summary>
internal static async global::System.Threading.Tasks.Task<ResponseBody> ReadBodyAsync(global::System.Net.Http.HttpContent content, int limit, global::System.Threading.CancellationToken cancellationToken)
{
    var declared = content.Headers.ContentLength;
    if (declared == 0)
    {
        return new ResponseBody(global::System.Array.Empty<byte>(), 0);
    }

    // One byte more than a declared length, so that the read that finds the end needs no bigger buffer.
    var size = declared is { } length && length < limit ? (int)length + 1 : global::System.Math.Min(limit, 16 * 1024);
    var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(size);
    var count = 0;
    try
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (count < limit)
            {
                if (count == buffer.Length)
                {
                    var larger = global::System.Buffers.ArrayPool<byte>.Shared.Rent((int)global::System.Math.Min((long)limit, buffer.Length * 2L));
                    global::System.Buffer.BlockCopy(buffer, 0, larger, 0, count);
                    global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(new global::System.Memory<byte>(buffer, count, global::System.Math.Min(buffer.Length, limit) - count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count += read;
            }
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
    catch
    {
        global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        throw;
    }

    return new ResponseBody(buffer, count);
}

/// <summary>Reads an error body (at most <see cref="MaxErrorBodyBytes"/>) into an array of its own.</summary>
internal static async global::System.Threading.Tasks.Task<byte[]> ReadErrorBodyAsync(global::System.Net.Http.HttpContent content, global::System.Threading.CancellationToken cancellationToken)
{
    var body = await ReadBodyAsync(content, MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
    var bytes = body.Span.ToArray();
    body.Return();
    return bytes;
}

/// <summary>Deserializes a success body and returns its buffer to the pool.</summary>
internal static T Deserialize<T>(ResponseBody body, ReadFunc<T> read)
{
    try
    {
        var reader = new global::System.Text.Json.Utf8JsonReader(body.Span);
        if (!reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The response has no JSON body.");
        }

        return read(ref reader);
    }
    finally
    {
        body.Return();
    }
}
""";
}
