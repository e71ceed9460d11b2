using System.CommandLine;
using Formbricks.Contracts.Fakes;
using PersonalLinks;

namespace Formbricks.Contracts.Samples.Tests;

public sealed class PersonalLinksToolTests : IDisposable
{
    private static readonly string[] Header = ["Formbricks Contact ID", "Custom ID", "First Name", "Last Name", "Email", "Personal Link"];

    private readonly string _directory = Directory.CreateTempSubdirectory("personal-links-").FullName;

    private string Output => Path.Combine(_directory, "links.csv");

    [Fact]
    public async Task Without_options_it_exports_the_seeded_segment_of_the_embedded_fake_as_the_UI_csv()
    {
        var (exit, log) = await RunAsync("--output", Output);

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
            Assert.Contains("/c/", row[5], StringComparison.Ordinal);
        });
        Assert.Equal(1000, rows.Skip(1).Select(r => r[0]).Distinct().Count());
        Assert.Contains("embedded fake", log, StringComparison.Ordinal);
        Assert.Contains("Wrote 1000 personal links", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_base_url_and_a_key_it_runs_against_a_server_over_http_and_the_links_expire_as_asked()
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);

        var (exit, _) = await RunAsync(
            "--base-url", server.ApiUrl.ToString(), "--api-key", server.ApiKey, "--survey", server.Seeded.LinkSurveyId,
            "--segment", server.Seeded.SegmentsBySize[10], "--expiration-days", "7", "--output", Output);

        Assert.Equal(0, exit);
        var rows = ReadCsv();
        Assert.Equal(11, rows.Count);
        var link = new Uri(rows[1][5]);
        Assert.Equal(LinkStatus.Valid, (await server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
        server.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(LinkStatus.Expired, (await server.Links.OpenAsync(link, TestContext.Current.CancellationToken)).Status);
        Assert.All(server.Journal.ForOperation("getContactLinksBySegment"), call => Assert.Contains("limit=250", call.Query, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bad-key", 1, "the API key was refused (401)")]
    [InlineData("unknown-segment", 1, "not found (404)")]
    [InlineData("draft-survey", 1, "must be an in-progress link survey")]
    [InlineData("unknown-survey", 1, "an unknown survey id gives a 500")]
    [InlineData("no-key", 2, "needs an API key")]
    public async Task Failures_get_a_clear_message_and_a_non_zero_exit(string failure, int expectedExit, string message)
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        var seeded = server.Seeded;
        var (survey, segment, key) = failure switch
        {
            "bad-key" => (seeded.LinkSurveyId, seeded.SegmentsBySize[10], "fbk_not-a-real-key"),
            "unknown-segment" => (seeded.LinkSurveyId, "clnosuchsegment0000000000", server.ApiKey),
            "draft-survey" => (seeded.DraftSurveyId, seeded.SegmentsBySize[10], server.ApiKey),
            "unknown-survey" => ("clnosuchsurvey00000000000", seeded.SegmentsBySize[10], server.ApiKey),
            _ => (seeded.LinkSurveyId, seeded.SegmentsBySize[10], " "),
        };

        var (exit, log) = await RunAsync("--base-url", server.ApiUrl.ToString(), "--api-key", key, "--survey", survey, "--segment", segment, "--output", Output);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, log, StringComparison.Ordinal);
        Assert.DoesNotContain(server.ApiKey, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_failure_says_so()
    {
        // A port that was free a moment ago and is closed again: nothing listens there.
        int closedPort;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var (exit, log) = await RunAsync("--base-url", $"http://127.0.0.1:{closedPort}/api", "--api-key", "fbk_x", "--survey", "s", "--segment", "g", "--output", Output);

        Assert.Equal(3, exit);
        Assert.Contains("could not reach Formbricks", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expiration_outside_1_to_365_days_is_refused_before_any_call()
    {
        var (exit, log) = await RunAsync("--expiration-days", "400", "--output", Output);

        Assert.NotEqual(0, exit);
        Assert.Contains("between 1 and 365", log, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public async Task A_base_url_that_is_not_an_http_address_is_refused()
    {
        var (exit, log) = await RunAsync("--base-url", "app.formbricks.com", "--api-key", "fbk_x", "--output", Output);

        Assert.NotEqual(0, exit);
        Assert.Contains("must be an absolute http(s) address", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("O'Brien, Pat", "\"O'Brien, Pat\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_fields_are_quoted_as_RFC_4180_says(string field, string written)
    {
        Assert.Equal(written, CsvWriter.Escape(field));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Exit, string Log)> RunAsync(params string[] args)
    {
        var log = new StringWriter();
        var exit = await PersonalLinksCommand.Create(log).Parse(args).InvokeAsync(new InvocationConfiguration { Output = log, Error = log }, TestContext.Current.CancellationToken);
        return (exit, log.ToString());
    }

    private List<string[]> ReadCsv() =>
        File.ReadAllLines(Output).Select(line => line.Split(',')).ToList();
}
