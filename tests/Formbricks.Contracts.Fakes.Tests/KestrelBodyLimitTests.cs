using System.Net;
using System.Net.Http.Headers;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Over Kestrel, a body beyond Kestrel's own 30 MB default still gets the real server's 413, not a 500.</summary>
public sealed class KestrelBodyLimitTests
{
    private const long BodySize = 31_000_000;

    [Fact]
    public async Task Thirty_one_MB_body_over_Kestrel_is_the_v2_413()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v2/management/surveys") { Content = new ZeroJsonContent(BodySize) };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("""{"error":{"code":413,"message":"Payload Too Large"}}""", (await Http.ReadAsync(response)).Json());
        Assert.Equal(413, Assert.Single(server.Journal).Status);
    }

    [Fact]
    public async Task Thirty_one_MB_body_over_Kestrel_is_the_v1_413()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v1/client/{server.Seeded.EnvironmentId}/responses") { Content = new ZeroJsonContent(BodySize) };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("""{"code":"payload_too_large","message":"Payload Too Large","details":{}}""", (await Http.ReadAsync(response)).Json());
    }

    private static Task<FakeFormbricksServer> StartAsync() =>
        FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http, SegmentSizes = [] }, TestContext.Current.CancellationToken);

    /// <summary>A JSON string body of <c>size</c> bytes, streamed in chunks (never held in memory whole), with a Content-Length.</summary>
    private sealed class ZeroJsonContent : HttpContent
    {
        private readonly long _size;

        public ZeroJsonContent(long size)
        {
            _size = size;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            await stream.WriteAsync("\""u8.ToArray());
            long written = 1;
            while (written < _size - 1)
            {
                var count = (int)Math.Min(chunk.Length, _size - 1 - written);
                await stream.WriteAsync(chunk.AsMemory(0, count));
                written += count;
            }

            await stream.WriteAsync("\""u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _size;
            return true;
        }
    }
}
