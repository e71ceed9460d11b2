using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.OpenApi.Tests.Canonical;

/// <summary>
/// spec/README.md documents every operation of the canonical spec in a table (method, path, operationId, responses).
/// A documentation table that nobody checks drifts from the file it describes; this test reads both and fails on
/// the first difference, naming it.
/// </summary>
public sealed partial class SpecReadmeTableTests
{
    [Fact]
    public void Operations_table_lists_exactly_the_operations_and_responses_of_the_spec()
    {
        var root = RepositoryFiles.Root;
        var specPath = RepositoryFiles.CanonicalSpec;
        var result = SpecReader.Read(specPath, File.ReadAllText(specPath), TestContext.Current.CancellationToken);
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.NotNull(result.Document);

        var fromSpec = new List<string>();
        foreach (var (path, item) in result.Document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var responses = (operation.Responses ?? []).Select(response =>
                    response.Value is OpenApiResponseReference reference ? $"{response.Key} `{reference.Reference.Id}`" : response.Key);
                fromSpec.Add($"{method.Method.ToUpperInvariant()} `{path}` `{operation.OperationId}` {string.Join(", ", responses)}");
            }
        }

        var readme = File.ReadAllLines(Path.Combine(root, "spec", "README.md"));
        var fromReadme = readme
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["method"].Value} {match.Groups["path"].Value} {match.Groups["id"].Value} {match.Groups["responses"].Value.Trim()}")
            .ToList();

        Assert.True(fromSpec.Count > 0, "the spec has no operations");
        Assert.Equal(fromSpec.Order(StringComparer.Ordinal), fromReadme.Order(StringComparer.Ordinal));
        Assert.Contains($"## Operations ({fromSpec.Count})", readme);
    }

    [GeneratedRegex(@"^\| (?<method>GET|POST|PUT|PATCH|DELETE) \| (?<path>`[^`]+`) \| (?<id>`[^`]+`) \| (?<responses>.+) \|$")]
    private static partial Regex TableRow();
}
