using System.Runtime.CompilerServices;

namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files written by the tests themselves (Verify does not restore here): <c>Snapshots/NAME.verified.cs</c>
/// is checked in; on a difference <c>NAME.received.cs</c> is written next to it and the test fails. Set
/// <c>FBC_ACCEPT_SNAPSHOTS=1</c> to accept the received text as the new verified one.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var directory = RepositoryPaths.SnapshotDirectory;
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var accept = Environment.GetEnvironmentVariable("FBC_ACCEPT_SNAPSHOTS") == "1";
        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {name}.verified.cs yet: review {received} and rename it (or run with FBC_ACCEPT_SNAPSHOTS=1)."
            : $"The generated source differs from {verified}; see {received} (first difference at line {FirstDifference(expected, actual)}).");
    }

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
}
