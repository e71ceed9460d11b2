using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Formbricks.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>Analyzer and code-fix tests over user code plus the generated client of the canonical spec and of the rules fixture.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Expects exactly <paramref name="expected"/> (markup <c>{|#0:…|}</c> locations) in <paramref name="source"/>.</summary>
    public static Task Analyzer(string source, params DiagnosticResult[] expected) => Analyzer(source, withGenerated: true, expected);

    public static Task Analyzer(string source, bool withGenerated, params DiagnosticResult[] expected) => Analyzer(source, withGenerated, CompilerDiagnostics.Errors, expected);

    /// <summary>As above, also comparing the compiler's own diagnostics down to <paramref name="compiler"/>.</summary>
    public static Task Analyzer(string source, bool withGenerated, CompilerDiagnostics compiler, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, TestBehaviors = Behaviors, CompilerDiagnostics = compiler };
        Prepare(test.TestState, withGenerated);
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Applies the fix and expects <paramref name="fixedSource"/>, which must compile and no longer report.</summary>
    public static Task CodeFix<TFix>(string source, DiagnosticResult expected, string fixedSource)
        where TFix : CodeFixProvider, new() => CodeFix<TFix>(source, expected, fixedSource, equivalenceKey: null);

    /// <summary>As above, applying the action with <paramref name="equivalenceKey"/> where a fix offers several.</summary>
    public static Task CodeFix<TFix>(string source, DiagnosticResult expected, string fixedSource, string? equivalenceKey)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            TestBehaviors = Behaviors,
            // Fix-all is the batch fixer of the testing library's own code: three more whole-project runs per test.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };
        Prepare(test.TestState, withGenerated: true);
        Prepare(test.FixedState, withGenerated: true);
        test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    // The generated-code check re-runs the analysis once per source file marked as generated: with the ~100 files of the
    // generated clients that is minutes per test. The analyzers skip generated code (ConfigureGeneratedCodeAnalysis(None)).
    private const TestBehaviors Behaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    private static void Prepare(SolutionState state, bool withGenerated)
    {
        if (!withGenerated)
        {
            return;
        }

        foreach (var (name, text) in GeneratedSources.Canonical.Concat(GeneratedSources.Rules))
        {
            state.Sources.Add(("/0/Generated/" + name, text));
        }
    }
}
