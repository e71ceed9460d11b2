using System.Text.Json;
using System.Xml.Linq;

namespace Formbricks.Contracts.Tool.Tests;

/// <summary><c>formbricks-contracts diff</c> run as a process: every exit code and every format.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Text_report_locates_each_finding_and_exits_1_on_an_error()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("revision.yml:9:", result.Output, StringComparison.Ordinal);
        Assert.Contains("ERR request-parameter-max-decreased: GET /items/{itemId}: query parameter 'limit': maximum lowered from 250 to 100", result.Output, StringComparison.Ordinal);
        Assert.Contains("WARN response-property-enum-value-added", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Identical_documents_exit_0()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "base.yml");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No changes found.", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ERR", 1)]
    [InlineData("WARN", 1)]
    [InlineData("INFO", 1)]
    public void Fail_on_sets_the_threshold(string level, int expected)
    {
        using var workspace = new Workspace();
        workspace.Write("ignore.txt", "GET /items/{id} request-parameter-max-decreased\n");
        var withoutError = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--ignore", "ignore.txt", "--fail-on", level);
        Assert.True(withoutError.ExitCode == (level == "ERR" ? 0 : expected), withoutError.ToString());
    }

    [Fact]
    public void Ignore_severity_and_match_path_tune_the_report()
    {
        using var workspace = new Workspace();
        workspace.Write("ignore.txt", "# accepted on 2026-12-01\nGET /items/{anything} request-parameter-max-decreased\n");
        workspace.Write("severity.txt", "response-property-enum-value-added ERR\n");
        var ignored = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--ignore", "ignore.txt");
        Assert.True(ignored.ExitCode == 0, ignored.ToString());
        Assert.DoesNotContain("max-decreased", ignored.Output, StringComparison.Ordinal);

        var raised = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--ignore", "ignore.txt", "--severity", "severity.txt");
        Assert.True(raised.ExitCode == 1, raised.ToString());
        Assert.Contains("ERR response-property-enum-value-added", raised.Output, StringComparison.Ordinal);

        var filtered = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--match-path", "^/others");
        Assert.True(filtered.ExitCode == 0, filtered.ToString());
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--fail-on", "FATAL")]
    [InlineData("--no-such-option", "x")]
    [InlineData("--match-path", "([")]
    [InlineData("--ignore", "bad-ignore.txt")]
    [InlineData("--severity", "bad-severity.txt")]
    public void Bad_usage_exits_2_with_one_message(string option, string value)
    {
        using var workspace = new Workspace();
        workspace.Write("bad-ignore.txt", "GET /items no-such-rule\n");
        workspace.Write("bad-severity.txt", "request-parameter-removed FATAL\n");
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_argument_exits_2()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml");
        Assert.True(result.ExitCode == 2, result.ToString());
    }

    [Theory]
    [InlineData("missing.yml", "missing.yml: error: cannot read the file")]
    [InlineData("broken.yml", "broken.yml:4:1: error: ")]
    [InlineData("git:NOPE:base.yml", "git show NOPE:base.yml failed")]
    public void Unreadable_document_exits_3_with_one_located_line(string revision, string expected)
    {
        using var workspace = new Workspace();
        workspace.Write("broken.yml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: [unclosed\n");
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", revision);
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Git_revisions_are_read_with_git_show()
    {
        using var workspace = new Workspace();
        ToolProcess.Git(workspace.Directory, "init", "-q");
        ToolProcess.Git(workspace.Directory, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", "base.yml");
        File.Copy(Path.Combine(workspace.Directory, "base.yml"), Path.Combine(workspace.Directory, "spec.yml"));
        ToolProcess.Git(workspace.Directory, "add", "spec.yml");
        ToolProcess.Git(workspace.Directory, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
        File.Copy(Path.Combine(workspace.Directory, "revision.yml"), Path.Combine(workspace.Directory, "spec.yml"), overwrite: true);
        ToolProcess.Git(workspace.Directory, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-am", "second");

        var result = ToolProcess.Run(workspace.Directory, "diff", "git:HEAD~1:spec.yml", "git:HEAD:spec.yml");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("spec.yml:9:", result.Output, StringComparison.Ordinal);

        var againstFile = ToolProcess.Run(workspace.Directory, "diff", "git:HEAD~1:spec.yml", "base.yml");
        Assert.True(againstFile.ExitCode == 0, againstFile.ToString());
    }

    [Fact]
    public void Json_report_follows_its_schema()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        var first = findings[0];
        Assert.Equal("request-parameter-max-decreased", first.GetProperty("id").GetString());
        Assert.Equal("ERR", first.GetProperty("level").GetString());
        Assert.Equal("GET", first.GetProperty("operation").GetProperty("method").GetString());
        Assert.Equal("/items/{itemId}", first.GetProperty("operation").GetProperty("path").GetString());
        Assert.Equal("revision.yml", first.GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(9, first.GetProperty("location").GetProperty("line").GetInt32());
        Assert.True(first.GetProperty("location").GetProperty("column").GetInt32() > 1);

        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "drift", "findings.schema.json")));
        var itemKeys = schema.RootElement.GetProperty("properties").GetProperty("findings").GetProperty("items").GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(itemKeys.Order(), first.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void Markdown_report_is_a_table()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--format", "markdown");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("| Level | Rule | Operation | Change | Location |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| ERR | `request-parameter-max-decreased` | GET /items/{itemId} |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_report_fails_the_findings_at_the_threshold()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--format", "junit");
        Assert.True(result.ExitCode == 1, result.ToString());
        var xml = XDocument.Parse(result.Output);
        var suite = xml.Root!.Element("testsuite")!;
        Assert.Equal("2", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        Assert.Single(suite.Elements("testcase"), c => c.Element("failure") is not null);
    }

    [Fact]
    public void Githubactions_report_is_annotations()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--format", "githubactions");
        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Output.Trim().Split('\n');
        Assert.StartsWith("::error file=revision.yml,line=9,col=", lines[0], StringComparison.Ordinal);
        Assert.Contains(",title=request-parameter-max-decreased::GET /items/{itemId}: query parameter 'limit'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::warning file=revision.yml,line=11,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_report_has_results_with_regions()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--format", "sarif");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var sarif = JsonDocument.Parse(result.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(2, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var first = run.GetProperty("results")[0];
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal(9, first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Output_file_is_written_whole_and_nothing_else_is_left()
    {
        using var workspace = new Workspace();
        var result = ToolProcess.Run(workspace.Directory, "diff", "base.yml", "revision.yml", "--format", "json", "--output", "report.json");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.Directory, "report.json")));
        Assert.Equal(2, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Empty(Directory.GetFiles(workspace.Directory, "*.tmp"));
    }
}
