using Formbricks.Contracts.Fakes;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>
/// Exit codes 1 to 4: one clear line, no stack trace, and the output file left exactly as it was (here: a previous
/// export that must survive) with no temporary file beside it.
/// </summary>
public sealed class FailureTests : TempFolder
{
    private const string PreviousExport = "the previous export\r\n";

    public FailureTests() => File.WriteAllText(Output, PreviousExport);

    [Theory]
    [InlineData("bad-key", "the API key was refused (401)")]
    [InlineData("unknown-segment", "not found (404)")]
    [InlineData("draft-survey", "must be an in-progress link survey")]
    [InlineData("unknown-survey", "an unknown survey id gives a 500")]
    public async Task A_refusal_by_Formbricks_exits_1(string failure, string message)
    {
        await using var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        var seeded = server.Seeded;
        var (survey, segment, key) = failure switch
        {
            "bad-key" => (seeded.LinkSurveyId, seeded.SegmentsBySize[10], "fbk_not-a-real-key"),
            "unknown-segment" => (seeded.LinkSurveyId, "clnosuchsegment0000000000", server.ApiKey),
            "draft-survey" => (seeded.DraftSurveyId, seeded.SegmentsBySize[10], server.ApiKey),
            _ => ("clnosuchsurvey00000000000", seeded.SegmentsBySize[10], server.ApiKey),
        };

        var (exit, log) = await ToolProcess.RunAsync(Folder, "--base-url", server.ApiUrl.ToString(), "--api-key", key, "--survey", survey, "--segment", segment, "--output", Output);

        Assert.Equal(1, exit);
        AssertOneErrorLine(log, message);
        Assert.DoesNotContain(server.ApiKey, log, StringComparison.Ordinal);
        AssertOutputUntouched();
    }

    [Theory]
    [InlineData("needs an API key", "--base-url", "http://127.0.0.1:9/api", "--survey", "s", "--segment", "g", "--api-key", " ")]
    [InlineData("--survey and --segment are required", "--base-url", "http://127.0.0.1:9/api", "--api-key", "fbk_x")]
    [InlineData("whole number of days between 1 and 365, not 'abc'", "--expiration-days", "abc")]
    [InlineData("whole number of days between 1 and 365, not '400'", "--expiration-days", "400")]
    [InlineData("whole number of days between 1 and 365, not '1.5'", "--expiration-days", "1.5")]
    [InlineData("must be an absolute http(s) address", "--base-url", "app.formbricks.com", "--api-key", "fbk_x")]
    [InlineData("comma-separated whole numbers", "--segment-sizes", "10,lots")]
    [InlineData("apply to the embedded fake only", "--base-url", "http://127.0.0.1:9/api", "--api-key", "fbk_x", "--survey", "s", "--segment", "g", "--segment-sizes", "10")]
    [InlineData("--no-such-option", "--no-such-option")]
    public async Task A_bad_command_line_exits_2_before_any_call(string message, params string[] args)
    {
        var (exit, log) = await ToolProcess.RunAsync(Folder, [.. args, "--output", Output]);

        Assert.Equal(2, exit);
        AssertOneErrorLine(log, message);
        Assert.DoesNotContain("using the embedded fake", log, StringComparison.Ordinal);
        AssertOutputUntouched();
    }

    [Fact]
    public async Task An_output_in_a_missing_folder_exits_3_before_the_fake_starts()
    {
        var target = Path.Combine(Folder, "no-such-folder", "links.csv");

        var (exit, log) = await ToolProcess.RunAsync(Folder, "--output", target);

        Assert.Equal(3, exit);
        AssertOneErrorLine(log, $"cannot write '{target}': the folder '{Path.GetDirectoryName(target)}' does not exist.");
        Assert.DoesNotContain("using the embedded fake", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_that_is_a_folder_exits_3()
    {
        var (exit, log) = await ToolProcess.RunAsync(Folder, "--output", Folder);

        Assert.Equal(3, exit);
        AssertOneErrorLine(log, "is a folder; give a file name");
    }

    [Fact]
    public async Task A_closed_port_exits_4()
    {
        // A port that was free a moment ago and is closed again: nothing listens there.
        int closedPort;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var (exit, log) = await ToolProcess.RunAsync(Folder, "--base-url", $"http://127.0.0.1:{closedPort}/api", "--api-key", "fbk_x", "--survey", "s", "--segment", "g", "--output", Output);

        Assert.Equal(4, exit);
        AssertOneErrorLine(log, $"could not reach Formbricks at http://127.0.0.1:{closedPort}/api (Connection refused)");
        AssertOutputUntouched();
    }

    [Fact]
    public async Task Help_lists_the_exit_codes()
    {
        using var tool = ToolProcess.Start(Folder, "--help");

        Assert.Equal(0, await tool.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Empty(tool.Log);
        Assert.Contains("Exit codes: 0 done; 1 Formbricks refused the request; 2 bad command line; 3 the output file could not be written; 4 Formbricks could not be reached; 70 a bug in the tool; 130 cancelled (Ctrl-C).", tool.StandardOutput.ReplaceLineEndings(" "), StringComparison.Ordinal);
        AssertOutputUntouched();
    }

    /// <summary>The error is said in one line starting with <c>error:</c>; no stack trace, no exception type.</summary>
    private static void AssertOneErrorLine(string log, string message)
    {
        var errors = log.Split('\n').Where(line => line.StartsWith("error:", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", log, StringComparison.Ordinal);
    }

    private void AssertOutputUntouched()
    {
        Assert.Equal(PreviousExport, File.ReadAllText(Output));
        Assert.Equal(["links.csv"], Files());
    }
}
