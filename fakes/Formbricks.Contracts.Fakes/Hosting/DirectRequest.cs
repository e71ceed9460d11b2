using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>
/// One answer of the pipeline called directly: status, the response's own headers, the body (the answer's own array,
/// not a copy), or a dropped connection.
/// </summary>
internal sealed record DirectResponse(int Status, IHeaderDictionary Headers, byte[] Body, bool Dropped);

/// <summary>The body of a request the host has already read whole: the pipeline takes it as it is instead of reading a stream.</summary>
internal sealed record BufferedRequestBody(byte[] Bytes);

/// <summary>
/// Runs the fake's pipeline on a request given as values, with no server in between: for hostings that own the
/// socket themselves (WireMock.Net). Request in, response out.
/// </summary>
internal static class DirectRequest
{
    public static async Task<DirectResponse> HandleAsync(
        FakePipeline pipeline, string method, string path, string query, IEnumerable<KeyValuePair<string, StringValues>> headers, byte[] body, CancellationToken cancellationToken)
    {
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lifetime = new Lifetime(aborted);
        var http = new DefaultHttpContext();
        http.Features.Set<IHttpRequestLifetimeFeature>(lifetime);
        http.Features.Set(new BufferedRequestBody(body));
        var request = http.Request;
        request.Method = method;
        request.Path = path;
        request.QueryString = new QueryString(string.IsNullOrEmpty(query) || query.StartsWith('?') ? query : "?" + query);
        foreach (var (name, values) in headers)
        {
            request.Headers[name] = values;
        }

        request.ContentLength = body.Length;
        var responseBody = new CapturingStream();
        http.Response.Body = responseBody;

        await pipeline.InvokeAsync(http).ConfigureAwait(false);

        return new DirectResponse(http.Response.StatusCode, http.Response.Headers, responseBody.ToArray(), lifetime.Dropped);
    }

    /// <summary>Turns the pipeline's <c>Abort()</c> into a flag and a cancelled <c>RequestAborted</c>.</summary>
    private sealed class Lifetime(CancellationTokenSource aborted) : IHttpRequestLifetimeFeature
    {
        public bool Dropped { get; private set; }

        public CancellationToken RequestAborted
        {
            get => aborted.Token;
            set { }
        }

        public void Abort()
        {
            Dropped = true;
            aborted.Cancel();
        }
    }

    /// <summary>
    /// The response body: the pipeline writes an answer as one whole array, which is kept as it is (no copy); anything
    /// else is gathered in a <see cref="MemoryStream"/>.
    /// </summary>
    private sealed class CapturingStream : Stream
    {
        private byte[]? _whole;
        private MemoryStream? _gathered;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _gathered?.Length ?? _whole?.Length ?? 0;

        public override long Position
        {
            get => Length;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => _gathered?.ToArray() ?? _whole ?? [];

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => Gather().Write(buffer);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_whole is null && _gathered is null && MemoryMarshal.TryGetArray(buffer, out var segment)
                && segment.Offset == 0 && segment.Count == segment.Array!.Length && segment.Count > 0)
            {
                _whole = segment.Array;
            }
            else
            {
                Gather().Write(buffer.Span);
            }

            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private MemoryStream Gather()
        {
            if (_gathered is null)
            {
                _gathered = new MemoryStream();
                if (_whole is not null)
                {
                    _gathered.Write(_whole);
                    _whole = null;
                }
            }

            return _gathered;
        }
    }
}
