namespace Formbricks.Contracts.Fakes.Http;

/// <summary>Which API (and so which envelope, error shape and auth) a route belongs to.</summary>
internal enum ApiFamily
{
    V1Management,
    V2Management,
    V1Client,
    V2Client,
    Page,
}
