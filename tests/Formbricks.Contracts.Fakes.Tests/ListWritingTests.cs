using System.Net;
using System.Text.Json;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// Every list route writes its items straight to UTF-8 (issue 14): a listed response, contact, attribute key, webhook
/// or action class is byte for byte the entity the single-item route (or the create call) answers, with texts that
/// exercise the writer's escaping, and the personal-links page writes each requested attribute once.
/// </summary>
public sealed class ListWritingTests
{
    private static readonly string[] Texts = ["Zoë 🎉 日本語", "<b>tags</b> & \"quotes\" 'x'", "line\u2028sep \u0001 ctl \ttab"];

    public static TheoryData<string> Names => [.. Texts];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Listed_responses_and_contacts_are_byte_for_byte_the_single_routes_data(string text)
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var seeded = server.Seeded;
        var value = JsonSerializer.Serialize(text);
        var (created, _) = await client.SendJsonAsync(HttpMethod.Post, "v2/management/responses",
            $$$"""{"surveyId":"{{{seeded.LinkSurveyId}}}","finished":true,"data":{"q1":{{{value}}},"n":[1.5e3,null,{"x":true}]},"meta":{"userAgent":{"os":{{{value}}}}},"language":{{{value}}}}""");
        Assert.Equal(HttpStatusCode.Created, created);
        var bulk = $$$"""{"environmentId":"{{{seeded.EnvironmentId}}}","contacts":[{"attributes":{"userId":"writer-1","email":"w1@example.com","note":{{{value}}}}}]}""";
        Assert.Equal(HttpStatusCode.OK, (await client.SendJsonAsync(HttpMethod.Put, "v2/management/contacts/bulk", bulk)).Status);

        await AssertListedEqualSingleAsync(client, "v2/management/responses?limit=250", id => $"v2/management/responses/{id}");
        // The contacts' own page (one environment, no filter) and the filtered path over every contact.
        await AssertListedEqualSingleAsync(client, "v2/management/contacts?limit=250", id => $"v2/management/contacts/{id}");
        await AssertListedEqualSingleAsync(client, "v2/management/contacts?limit=250&sortBy=updatedAt", id => $"v2/management/contacts/{id}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Listed_webhooks_attribute_keys_and_action_classes_are_byte_for_byte_what_create_or_get_answers(string text)
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var environment = server.Seeded.EnvironmentId;
        var value = JsonSerializer.Serialize(text);

        var key = await CreatedDataAsync(client, "v2/management/contact-attribute-keys", $$"""{"key":"note_key","name":{{value}},"description":{{value}},"environmentId":"{{environment}}"}""");
        var action = await CreatedDataAsync(client, "v1/management/action-classes", $$"""{"name":{{value}},"description":{{value}},"type":"noCode","noCodeConfig":{"type":"click","text":{{value}}},"environmentId":"{{environment}}"}""");
        await CreatedDataAsync(client, "v1/webhooks", $$"""{"name":{{value}},"url":"https://example.com/hook","triggers":["responseCreated","responseFinished"],"surveyIds":["{{server.Seeded.LinkSurveyId}}"],"environmentId":"{{environment}}"}""");

        Assert.Equal(key, Listed(await client.GetStringAsync("v2/management/contact-attribute-keys?limit=250", TestContext.Current.CancellationToken), key));
        Assert.Equal(action, Listed(await client.GetStringAsync("v1/management/action-classes", TestContext.Current.CancellationToken), action));
        await AssertListedEqualSingleAsync(client, "v1/webhooks", id => $"v1/webhooks/{id}");
    }

    [Fact]
    public async Task A_personal_links_page_writes_each_requested_attribute_once_in_request_order()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { SegmentSizes = [3] }, TestContext.Current.CancellationToken);
        using var client = server.CreateClient();
        var segment = server.Seeded.SegmentsBySize[3];
        var text = await client.GetStringAsync(
            $"v2/management/surveys/{server.Seeded.LinkSurveyId}/contact-links/segments/{segment}?attributeKeys=email,userId,email,unknown&expirationDays=1",
            TestContext.Current.CancellationToken);

        using var page = JsonDocument.Parse(text);
        var items = page.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            var contact = server.Data.Find<FakeContact>(item.GetProperty("contactId").GetString()!)!;
            var attributes = item.GetProperty("attributes").EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ToList();
            Assert.Equal([("email", contact.Attributes["email"]), ("userId", contact.Attributes["userId"])], attributes);
            Assert.Equal(["contactId", "attributes", "surveyUrl", "expiresAt"], item.EnumerateObject().Select(p => p.Name));
        }

        Assert.Equal(3, page.RootElement.GetProperty("meta").GetProperty("total").GetInt32());
    }

    private static async Task AssertListedEqualSingleAsync(HttpClient client, string listPath, Func<string, string> singlePath)
    {
        var listText = await client.GetStringAsync(listPath, TestContext.Current.CancellationToken);
        using var list = JsonDocument.Parse(listText);
        var listed = list.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.NotEmpty(listed);
        foreach (var item in listed)
        {
            var single = await client.GetStringAsync(singlePath(item.GetProperty("id").GetString()!), TestContext.Current.CancellationToken);
            using var document = JsonDocument.Parse(single);
            Assert.Equal(document.RootElement.GetProperty("data").GetRawText(), item.GetRawText());
        }

        Assert.Contains(listed, item => Strings(item).Any(Texts.Contains));
    }

    /// <summary>Every string value inside <paramref name="element"/>, decoded.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static async Task<string> CreatedDataAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("data").GetRawText();
    }

    /// <summary>The raw text of the listed item with the id of <paramref name="created"/>.</summary>
    private static string Listed(string listText, string created)
    {
        using var createdDocument = JsonDocument.Parse(created);
        var id = createdDocument.RootElement.GetProperty("id").GetString();
        using var list = JsonDocument.Parse(listText);
        return list.RootElement.GetProperty("data").EnumerateArray().Single(item => item.GetProperty("id").GetString() == id).GetRawText();
    }
}
