using System.Text.RegularExpressions;

namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files written by the tests themselves (Verify is not served by this machine's NuGet copy): one checked-in
/// <c>Snapshots/SPEC/HINT.verified.cs</c> per generated file (hint name without its <c>.cs</c>), so a review shows
/// which file changed. On a difference <c>HINT.received.cs</c> is written next to it and the test fails; set
/// <c>FBC_ACCEPT_SNAPSHOTS=1</c> to write the received files as the new verified ones (and delete the verified files
/// of files no longer generated). The generator's version is scrubbed from both sides (<see cref="Scrub"/>), so a
/// new <c>VersionPrefix</c> changes no snapshot.
/// </summary>
internal static partial class Snapshot
{
    /// <summary>The environment variable that accepts the received files.</summary>
    public const string AcceptVariable = "FBC_ACCEPT_SNAPSHOTS";

    /// <summary>What the version in <c>[GeneratedCode]</c> becomes in a snapshot.</summary>
    public const string VersionPlaceholder = "{GeneratorVersion}";

    /// <summary>The folder of one spec's snapshots.</summary>
    public static string Directory(string spec) => Path.Combine(RepositoryPaths.SnapshotDirectory, spec);

    /// <summary>The snapshot file name of a generated file: its hint name without <c>.cs</c>, then <c>.verified.cs</c>.</summary>
    public static string VerifiedName(string hintName) => Path.GetFileNameWithoutExtension(hintName) + ".verified.cs";

    /// <summary>Line endings to <c>\n</c> and the generator's version in every <c>[GeneratedCode]</c> to <see cref="VersionPlaceholder"/>.</summary>
    public static string Scrub(string source) =>
        GeneratedCodeVersion().Replace(source.Replace("\r\n", "\n"), "${head}" + VersionPlaceholder + "\")");

    /// <summary>The differences between <paramref name="files"/> (hint name, text) and the verified files of <paramref name="spec"/>, scrubbed; empty when they match.</summary>
    public static List<string> Differences(string spec, IReadOnlyList<(string HintName, string Source)> files)
    {
        var directory = Directory(spec);
        var problems = new List<string>();
        foreach (var (hintName, source) in files)
        {
            var verified = Path.Combine(directory, VerifiedName(hintName));
            var expected = File.Exists(verified) ? Scrub(File.ReadAllText(verified)) : null;
            var actual = Scrub(source);
            if (expected != actual)
            {
                problems.Add(expected is null
                    ? $"{VerifiedName(hintName)}: no snapshot yet"
                    : $"{VerifiedName(hintName)}: differs from line {FirstDifference(expected, actual)}");
            }
        }

        var generated = files.Select(f => VerifiedName(f.HintName)).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Verified(directory).Where(name => !generated.Contains(name)).Select(name => $"{name}: no longer generated"));
        return problems;
    }

    /// <summary>Fails, writing <c>.received.cs</c> files, unless <paramref name="files"/> match the snapshots of <paramref name="spec"/>; accepts them with <see cref="AcceptVariable"/>.</summary>
    public static void Match(string spec, IReadOnlyList<(string HintName, string Source)> files)
    {
        var directory = Directory(spec);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var stale in System.IO.Directory.GetFiles(directory, "*.received.cs"))
        {
            File.Delete(stale);
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            var generated = files.Select(f => VerifiedName(f.HintName)).ToHashSet(StringComparer.Ordinal);
            foreach (var orphan in Verified(directory).Where(name => !generated.Contains(name)))
            {
                File.Delete(Path.Combine(directory, orphan));
            }

            foreach (var (hintName, source) in files)
            {
                File.WriteAllText(Path.Combine(directory, VerifiedName(hintName)), Scrub(source));
            }

            return;
        }

        var problems = Differences(spec, files);
        if (problems.Count == 0)
        {
            return;
        }

        foreach (var (hintName, source) in files)
        {
            var verified = Path.Combine(directory, VerifiedName(hintName));
            if (!File.Exists(verified) || Scrub(File.ReadAllText(verified)) != Scrub(source))
            {
                File.WriteAllText(Path.Combine(directory, Path.GetFileNameWithoutExtension(hintName) + ".received.cs"), Scrub(source));
            }
        }

        Assert.Fail(
            $"The generated source of '{spec}' differs from {directory} ({problems.Count} files); review the .received.cs files there, "
            + $"then rename them or run the tests with {AcceptVariable}=1:\n" + string.Join("\n", problems));
    }

    private static IEnumerable<string> Verified(string directory) =>
        System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetFiles(directory, "*.verified.cs").Select(Path.GetFileName).Select(name => name!).Order(StringComparer.Ordinal)
            : [];

    private static int FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return i + 1;
            }
        }

        return Math.Min(left.Length, right.Length) + 1;
    }

    [GeneratedRegex("""(?<head>GeneratedCode\("Formbricks\.Contracts\.Generator", ")[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();
}
