using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>Exit code 0: the export, against the embedded fake and against a server over HTTP.</summary>
public sealed class ExportTests : TempFolder
{
    [Fact]
    public async Task Without_options_it_exports_the_largest_seeded_segment_of_the_embedded_fake_as_the_UI_csv()
    {
        var (exit, log) = await ToolProcess.RunAsync(Folder, "--output", Output);

        Assert.Equal(0, exit);
        var rows = ReadCsv();
        Assert.Equal(Header, rows[0]);
        Assert.Equal(1001, rows.Count);
        Assert.All(rows.Skip(1), row =>
        {
            Assert.Equal(6, row.Length);
            Assert.Matches("^[0-9a-z]{25}$", row[0]);
            Assert.StartsWith("user-", row[1], StringComparison.Ordinal);
            Assert.Contains("@", row[4], StringComparison.Ordinal);
            Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/c/", row[5]);
        });
        Assert.Equal(1000, rows.Skip(1).Select(r => r[0]).Distinct().Count());
        Assert.Contains("embedded fake", log, StringComparison.Ordinal);
        Assert.Contains("The segment holds 1,000 contacts.", log, StringComparison.Ordinal);
        Assert.Contains("1,000/1,000 links (100%)", log, StringComparison.Ordinal);
        Assert.Contains("Wrote 1000 personal links", log, StringComparison.Ordinal);
        Assert.Contains("open only while it runs", log, StringComparison.Ordinal);
        Assert.Equal(["links.csv"], Files());
    }

    [Fact]
    public async Task Segment_sizes_shape_the_embedded_fake_and_the_largest_segment_is_exported()
    {
        var (exit, log) = await ToolProcess.RunAsync(Folder, "--segment-sizes", "3,25", "-o", Output);

        Assert.Equal(0, exit);
        Assert.Equal(26, ReadCsv().Count);
        Assert.Contains("segments of 3, 25 contacts", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_serving_keeps_the_links_of_the_embedded_fake_openable_until_ctrl_c()
    {
        using var tool = ToolProcess.Start(Folder, "--segment-sizes", "2", "--keep-serving", "-o", Output);
        await tool.WaitForLogAsync("until Ctrl-C", TimeSpan.FromMinutes(1));

        using var http = new HttpClient();
        var link = ReadCsv()[1][5];
        var page = await http.GetAsync(new Uri(link), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);

        await tool.InterruptAsync();
        Assert.Equal(0, await tool.WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(link), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_a_base_url_and_a_key_it_runs_against_a_server_over_http_and_the_links_expire_as_asked()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);

        var (exit, log) = await ToolProcess.RunAsync(
            Folder, "--base-url", server.ApiUrl.ToString(), "--api-key", server.ApiKey, "--survey", server.Seeded.LinkSurveyId,
            "--segment", server.Seeded.SegmentsBySize[10], "--expiration-days", "7", "--output", Output);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("embedded fake", log, StringComparison.Ordinal);
        var rows = ReadCsv();
        Assert.Equal(11, rows.Count);
        var link = new Uri(rows[1][5]);
        Assert.Equal(LinkStatus.Valid, (await server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
        server.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(LinkStatus.Expired, (await server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
        Assert.All(server.Journal.ForOperation("getContactLinksBySegment"), call => Assert.Contains("limit=250", call.Query, StringComparison.Ordinal));
    }
}
