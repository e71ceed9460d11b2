namespace Formbricks.Contracts.Samples.Tests;

/// <summary>Exit code 130: Ctrl-C (SIGINT) in the middle of a 100,000-contact export.</summary>
public sealed class CancellationTests : TempFolder
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sigint_stops_the_export_with_130_and_leaves_no_file_under_the_target_name(bool previousExport)
    {
        if (previousExport)
        {
            await File.WriteAllTextAsync(Output, "the previous export", TestContext.Current.CancellationToken);
        }

        using var tool = ToolProcess.Start(Folder, "--segment-sizes", "100000", "-o", Output);
        await tool.WaitForLogAsync("The segment holds 100,000 contacts.", TimeSpan.FromMinutes(1));

        await tool.InterruptAsync();
        var exit = await tool.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(130, exit);
        Assert.Contains($"cancelled: nothing was written to {Output}", tool.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", tool.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", tool.Log, StringComparison.Ordinal);
        if (previousExport)
        {
            Assert.Equal("the previous export", await File.ReadAllTextAsync(Output, TestContext.Current.CancellationToken));
            Assert.Equal(["links.csv"], Files());
        }
        else
        {
            Assert.Empty(Files());
        }
    }
}
