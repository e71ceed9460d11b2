using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Formbricks.Contracts.Repository.Tests;

/// <summary>The folder tree shows the architecture: a README per top folder, references that point one way.</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Which top folders the projects of a top folder may reference (besides their own).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["spec"] = [],
        ["drift"] = ["spec"],
        ["generator"] = ["spec", "drift"],
        ["analyzers"] = ["generator"],
        ["fakes"] = [],
        ["samples"] = ["generator", "fakes"],
        ["bench"] = ["spec", "drift", "generator", "analyzers", "fakes", "samples"],
        ["tests"] = ["spec", "drift", "generator", "analyzers", "fakes", "samples"],
    };

    private static readonly string[] TopFolders = ["analyzers", "bench", "docs", "drift", "fakes", "generator", "samples", "spec", "tests", "tools"];

    [Fact]
    public void Every_top_folder_has_a_readme()
    {
        var missing = TopFolders.Where(folder => !File.Exists(Path.Combine(RepositoryRoot(), folder, "README.md"))).ToList();
        Assert.True(missing.Count == 0, "Top folders without a README.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Project_references_point_only_where_the_folder_may_look()
    {
        var root = RepositoryRoot();
        var violations = new List<string>();
        var checkedReferences = 0;
        foreach (var project in Projects(root))
        {
            var from = TopFolder(root, project);
            if (!Allowed.TryGetValue(from, out var allowed))
            {
                violations.Add($"{Relative(root, project)}: top folder '{from}' has no rule in {nameof(ArchitectureTests)}.{nameof(Allowed)}");
                continue;
            }

            foreach (var include in Includes(project, "ProjectReference"))
            {
                checkedReferences++;
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include.Replace('\\', '/')));
                var to = TopFolder(root, target);
                if (to != from && !allowed.Contains(to))
                {
                    violations.Add($"{Relative(root, project)} references {Relative(root, target)} ({from} -> {to} is not allowed)");
                }
            }
        }

        Assert.True(checkedReferences > 10, $"Only {checkedReferences} project references found: the scan is broken.");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void No_project_compiles_another_projects_files()
    {
        var root = RepositoryRoot();
        var violations = new List<string>();
        foreach (var project in Projects(root))
        {
            foreach (var include in Includes(project, "Compile"))
            {
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include.Replace('\\', '/').Replace("$(MSBuildThisFileDirectory)", "")));
                var shared = Path.Combine(root, "tests", "Shared") + Path.DirectorySeparatorChar;
                var own = Path.GetDirectoryName(project)! + Path.DirectorySeparatorChar;
                if (!path.StartsWith(own, StringComparison.Ordinal) && !path.StartsWith(shared, StringComparison.Ordinal))
                {
                    violations.Add($"{Relative(root, project)} compiles {include}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Link the one shared copy (tests/Shared) or reference the project instead:\n" + string.Join("\n", violations));
    }

    private static IEnumerable<string> Projects(string root) =>
        Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !BuildOutput().IsMatch(path.Replace('\\', '/')))
            .OrderBy(path => path, StringComparer.Ordinal);

    private static IEnumerable<string> Includes(string project, string item) =>
        XDocument.Load(project).Descendants(item)
            .Select(element => (string?)element.Attribute("Include"))
            .Where(include => include is not null && !include.StartsWith("$(RepositoryRoot)", StringComparison.Ordinal))
            .Select(include => include!);

    private static string TopFolder(string root, string path) => Relative(root, path).Split('/')[0];

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string RepositoryRoot() => RepositoryFiles.Root;

    [GeneratedRegex("/(bin|obj|artifacts)/")]
    private static partial Regex BuildOutput();
}
