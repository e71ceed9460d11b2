using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>The generated source, file by file, against checked-in snapshots.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("canonical")]
    [InlineData("petstore-30")]
    [InlineData("library-31")]
    public void Generated_source_matches_the_snapshot(string spec)
    {
        var outcome = GeneratorHarness.Run(Specs.Named(spec));

        Snapshot.Match(spec, outcome.Joined());
    }

    [Fact]
    public void The_same_spec_gives_byte_identical_output()
    {
        var first = GeneratorHarness.Run(Specs.Canonical()).Joined();
        var second = GeneratorHarness.Run(Specs.Canonical()).Joined();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Line_endings_of_the_spec_do_not_change_the_output()
    {
        var unix = Specs.PetStore();
        var windows = unix with { Text = unix.Text.Replace("\n", "\r\n") };

        Assert.Equal(GeneratorHarness.Run(unix).Joined(), GeneratorHarness.Run(windows).Joined());
    }
}
