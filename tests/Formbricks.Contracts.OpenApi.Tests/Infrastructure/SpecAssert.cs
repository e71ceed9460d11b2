namespace Formbricks.Contracts.OpenApi.Tests.Infrastructure;

/// <summary>Assertions shared by the reader tests.</summary>
internal static class SpecAssert
{
    /// <summary>Asserts a span's 0-based start line/column and, when given, its offset and length.</summary>
    public static void At(SourceSpan span, int line, int column, int? offset = null, int? length = null)
    {
        Assert.Equal((line, column), (span.StartLine, span.StartColumn));
        if (offset is not null)
        {
            Assert.Equal(offset.Value, span.Offset);
        }

        if (length is not null)
        {
            Assert.Equal(length.Value, span.Length);
        }
    }

    /// <summary>The text a span covers.</summary>
    public static string Slice(string text, SourceSpan span) => text.Substring(span.Offset, span.Length);

    /// <summary>The single diagnostic of a kind; fails listing all diagnostics otherwise.</summary>
    public static SpecDiagnostic Single(SpecReadResult result, SpecDiagnosticKind kind)
    {
        var matches = result.Diagnostics.Where(d => d.Kind == kind).ToList();
        Assert.True(matches.Count == 1, $"Expected one {kind} diagnostic, got {matches.Count}:\n{Describe(result)}");
        return matches[0];
    }

    /// <summary>Fails when the result has any error, listing them.</summary>
    public static void NoErrors(SpecReadResult result)
    {
        Assert.False(result.HasErrors, "Unexpected errors:\n" + Describe(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecDiagnosticSeverity.Error);
    }

    public static string Describe(SpecReadResult result) =>
        result.Diagnostics.Length == 0 ? "(none)" : string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
