using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>Small helpers for calling the fake server and reading its JSON.</summary>
internal static class Http
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ReadAsync(response));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.SendJsonAsync(HttpMethod.Post, path, body.ToJsonString());

    public static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>
    /// A v2 <c>updateResponse</c> body (<c>ZResponse.omit({ id, surveyId })</c>): the response as read, without
    /// <c>id</c> and <c>surveyId</c>, changed by <paramref name="change"/>.
    /// </summary>
    public static string UpdateBody(JsonNode response, Action<JsonObject> change)
    {
        var body = response.DeepClone().AsObject();
        body.Remove("id");
        body.Remove("surveyId");
        change(body);
        return body.ToJsonString();
    }

    /// <summary>The compact JSON text of a node, for exact body comparisons.</summary>
    public static string Json(this JsonNode? node) => node?.ToJsonString(Relaxed) ?? "";

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
