namespace Formbricks.Contracts.Fakes.Hosting;

/// <summary>
/// Makes an in-memory (TestServer) dropped connection look like a real one: whatever the TestServer handler throws
/// when the app aborts the request surfaces as <see cref="HttpRequestException"/>, as <see cref="SocketsHttpHandler"/> does.
/// </summary>
internal sealed class ExceptionToHttpRequestExceptionHandler : DelegatingHandler
{
    public ExceptionToHttpRequestExceptionHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException("The fake server dropped the connection.", e);
        }
    }
}
