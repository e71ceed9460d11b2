using System.Net;
using System.Text;
using Fixtures.PetStore;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// How the generated client reads bodies: from the response stream (HttpClient never buffers them), into pooled
/// buffers that grow past their first size, with or without a declared length, in small or large reads, from many
/// calls at once; error bodies are kept up to 64 KiB.
/// </summary>
public sealed class StreamingClientTests
{
    private const string CatPet = """{"name":"Tom","kind":{"type":"cat","livesLeft":9},"id":ID,"status":"available"}""";

    public static TheoryData<int, bool, int> Bodies => new()
    {
        { 0, true, 4096 },
        { 1, false, 1 },
        { 300, true, 7 },
        { 5_000, false, 4096 },
        { 20_000, true, 65_536 },
        { 20_000, false, 1_000_000 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_page_is_read_from_the_stream_whatever_its_size_length_and_read_sizes(int pets, bool declaredLength, int chunk)
    {
        var body = Page(pets, first: 0);
        var client = new PetStoreClient(new HttpClient(new StreamOnlyHandler(_ => (HttpStatusCode.OK, body), declaredLength, chunk)));

        var page = await client.ListPetsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(pets, page.Data.Count);
        Assert.Equal(Enumerable.Range(0, pets).Select(i => (long)i), page.Data.Select(p => p.Id));
    }

    [Fact]
    public async Task Concurrent_calls_each_get_their_own_body()
    {
        var client = new PetStoreClient(new HttpClient(new StreamOnlyHandler(
            request => (HttpStatusCode.OK, Page(1 + (int.Parse(Query(request, "skip"), System.Globalization.CultureInfo.InvariantCulture) % 7) * 300, first: int.Parse(Query(request, "skip"), System.Globalization.CultureInfo.InvariantCulture))),
            declaredLength: true,
            chunk: 8192)));

        var pages = await Task.WhenAll(Enumerable.Range(0, 64).Select(skip => Task.Run(() => client.ListPetsAsync(skip: skip, cancellationToken: TestContext.Current.CancellationToken))));

        for (var skip = 0; skip < pages.Length; skip++)
        {
            Assert.Equal(1 + (skip % 7) * 300, pages[skip].Data.Count);
            Assert.Equal(skip, pages[skip].Data[0].Id);
        }
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NoContent)]
    public async Task An_operation_without_a_response_body_completes_whatever_the_server_sends(HttpStatusCode status)
    {
        var client = new PetStoreClient(new HttpClient(new StreamOnlyHandler(_ => (status, status == HttpStatusCode.OK ? Page(50, 0) : ""), declaredLength: false, chunk: 512)));

#pragma warning disable CS0618 // the fixture's only operation without a response body is deprecated
        await client.DeletePetAsync(1, cancellationToken: TestContext.Current.CancellationToken);
#pragma warning restore CS0618
    }

    [Theory]
    [InlineData(65_536, true)]
    [InlineData(65_537, false)]
    [InlineData(1_000_000, false)]
    public async Task An_error_body_is_kept_up_to_64_KiB(int length, bool declaredLength)
    {
        var problem = """{"code":"x","message":"m","padding":"PAD"}""";
        var body = problem.Replace("PAD", new string('p', length - problem.Length + 3), StringComparison.Ordinal);
        var client = new PetStoreClient(new HttpClient(new StreamOnlyHandler(_ => (HttpStatusCode.NotFound, body), declaredLength, chunk: 10_000)));

        var error = await Assert.ThrowsAsync<PetStoreClientException>(() => client.GetPetsByPetIdAsync(7, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(body[..Math.Min(length, 65_536)], error.RawBody);
        Assert.Equal(length <= 65_536, error.Error is Problem);
    }

    [Fact]
    public async Task A_body_cut_off_mid_value_is_a_json_exception()
    {
        var client = new PetStoreClient(new HttpClient(new StreamOnlyHandler(_ => (HttpStatusCode.OK, Page(10, 0)[..200]), declaredLength: false, chunk: 64)));

        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => client.ListPetsAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    private static string Page(int pets, int first)
    {
        var items = string.Join(",", Enumerable.Range(first, pets).Select(i => CatPet.Replace("ID", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        return "{\"data\":[" + items + "],\"meta\":{\"total\":" + pets.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}";
    }

    private static string Query(HttpRequestMessage request, string name) =>
        System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)[name] ?? "0";

    /// <summary>Answers with content that can only be read as a stream, in reads of at most <c>chunk</c> bytes: buffering it throws.</summary>
    private sealed class StreamOnlyHandler(Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> respond, bool declaredLength, int chunk) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (status, body) = respond(request);
            var bytes = Encoding.UTF8.GetBytes(body);
            var content = new StreamOnlyContent(bytes, chunk);
            content.Headers.ContentType = new("application/json");
            content.Headers.ContentLength = declaredLength ? bytes.Length : null;
            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }
    }

    private sealed class StreamOnlyContent(byte[] bytes, int chunk) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            throw new InvalidOperationException("the client buffered the body instead of streaming it");

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new SmallReads(bytes, chunk));
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, as a network stream does.</summary>
    private sealed class SmallReads(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
