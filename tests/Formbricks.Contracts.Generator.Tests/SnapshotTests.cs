using Formbricks.Contracts.Generator.Emit;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>The generated source, file by file, against checked-in snapshots (one file per generated file).</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> SnapshotSpecs => ["canonical", "petstore-30", "library-31"];

    [Theory]
    [MemberData(nameof(SnapshotSpecs))]
    public void Generated_source_matches_the_snapshots(string spec)
    {
        var outcome = GeneratorHarness.Run(Specs.Named(spec));

        Snapshot.Match(spec, Files(outcome));
    }

    [Theory]
    [MemberData(nameof(SnapshotSpecs))]
    public void A_generator_with_another_version_still_matches_the_snapshots(string spec)
    {
        // What a build with -p:VersionPrefix=9.9.9 changes in the output: the version in every [GeneratedCode].
        var files = Files(GeneratorHarness.Run(Specs.Named(spec)));
        var current = $"\"Formbricks.Contracts.Generator\", \"{EmitHelpers.GeneratorVersion}\")";
        var bumped = files.Select(f => (f.HintName, Source: f.Source.Replace(current, "\"Formbricks.Contracts.Generator\", \"9.9.9.0\")", StringComparison.Ordinal))).ToList();

        Assert.True(bumped.Sum(f => CountOf(f.Source, "\"9.9.9.0\"")) >= files.Count, "the version was not found in the generated files");
        Assert.Empty(Snapshot.Differences(spec, bumped));
    }

    [Fact]
    public void The_snapshots_hold_the_placeholder_and_the_output_the_generator_assembly_version()
    {
        var files = Files(GeneratorHarness.Run(Specs.PetStore()));
        var version = typeof(OpenApiClientGenerator).Assembly.GetName().Version!.ToString();
        var verified = Directory.GetFiles(Snapshot.Directory("petstore-30"), "*.verified.cs").Select(File.ReadAllText).ToList();

        Assert.Equal(version, EmitHelpers.GeneratorVersion);
        Assert.All(files, f => Assert.Contains($"GeneratedCode(\"Formbricks.Contracts.Generator\", \"{version}\")", f.Source, StringComparison.Ordinal));
        Assert.Equal(files.Count, verified.Count);
        Assert.All(verified, text => Assert.Contains($"\"{Snapshot.VersionPlaceholder}\")", text, StringComparison.Ordinal));
        Assert.All(verified, text => Assert.DoesNotContain(version, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_or_removed_file_is_a_difference()
    {
        var files = Files(GeneratorHarness.Run(Specs.PetStore()));
        var changed = files.Select((f, i) => i == 0 ? (f.HintName, f.Source + "// edited\n") : f).ToList();

        Assert.Single(Snapshot.Differences("petstore-30", changed));
        Assert.Single(Snapshot.Differences("petstore-30", files.Skip(1).ToList()), p => p.EndsWith("no longer generated", StringComparison.Ordinal));
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

    private static List<(string HintName, string Source)> Files(GeneratorOutcome outcome) =>
        outcome.Sources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
