using System.Text;
using Formbricks.Contracts.Fakes;
using PersonalLinks;

namespace Formbricks.Contracts.Samples.Tests;

/// <summary>The CSV: RFC 4180 quoting, the UTF-8 byte-order mark and CSV-injection escaping (both on by default).</summary>
public sealed class CsvTests : TempFolder
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("O'Brien, Pat", "\"O'Brien, Pat\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_fields_are_quoted_as_RFC_4180_says(string field, string written)
    {
        Assert.Equal(written, CsvWriter.Escape(field));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30 1234", "'+49 30 1234")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Zoë", "Zoë")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_run_as_a_formula_get_a_leading_quote(string field, string written)
    {
        Assert.Equal(written, CsvWriter.Defuse(field));
    }

    [Fact]
    public async Task By_default_the_file_starts_with_a_BOM_and_formula_cells_are_escaped()
    {
        var (server, segment) = await StartWithContactAsync();
        await using var _ = server;

        var (exit, _) = await ToolProcess.RunAsync(Folder, Arguments(server, segment));

        Assert.Equal(0, exit);
        var bytes = await File.ReadAllBytesAsync(Output, TestContext.Current.CancellationToken);
        Assert.Equal(Bom, bytes[..3]);
        var row = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[1];
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",", row, StringComparison.Ordinal);
        Assert.Contains(",Zoë,", row, StringComparison.Ordinal);
        Assert.Contains(",'@evil.example,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_bom_and_no_formula_escaping_write_the_cells_as_they_are()
    {
        var (server, segment) = await StartWithContactAsync();
        await using var _ = server;

        var (exit, _) = await ToolProcess.RunAsync(Folder, [.. Arguments(server, segment), "--no-bom", "--no-formula-escaping"]);

        Assert.Equal(0, exit);
        var bytes = await File.ReadAllBytesAsync(Output, TestContext.Current.CancellationToken);
        Assert.Equal((byte)'F', bytes[0]);
        var row = Encoding.UTF8.GetString(bytes).Split("\r\n")[1];
        Assert.Contains(",\"=HYPERLINK(\"\"http://evil.example\"\")\",", row, StringComparison.Ordinal);
        Assert.Contains(",@evil.example,", row, StringComparison.Ordinal);
    }

    private static async Task<(FakeFormbricksServer Server, string SegmentId)> StartWithContactAsync()
    {
        var server = await FakeFormbricksServer.StartAsync(new FakeFormbricksOptions { Hosting = FakeHosting.Http }, TestContext.Current.CancellationToken);
        var environment = server.Seeded.EnvironmentId;
        var contact = server.Data.AddContact(environment, new Dictionary<string, string>
        {
            ["userId"] = "=HYPERLINK(\"http://evil.example\")",
            ["firstName"] = "Zoë",
            ["lastName"] = "Ørsted",
            ["email"] = "@evil.example",
        });
        return (server, server.Data.AddSegment(environment, [contact.Id], "one contact").Id);
    }

    private string[] Arguments(FakeFormbricksServer server, string segmentId) =>
    [
        "--base-url", server.ApiUrl.ToString(), "--api-key", server.ApiKey, "--survey", server.Seeded.LinkSurveyId,
        "--segment", segmentId, "-o", Output,
    ];
}
