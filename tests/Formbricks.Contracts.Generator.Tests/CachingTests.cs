using System.Collections;
using System.Reflection;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>The incremental pipeline does no work it does not have to (edit scenarios and their step run reasons).</summary>
public sealed class CachingTests
{
    /// <summary>Every named step of the pipeline, read from <see cref="OpenApiClientGenerator.TrackingNames"/> so that a new one is not forgotten.</summary>
    private static readonly string[] TrackedSteps = typeof(OpenApiClientGenerator.TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The steps that depend only on the spec files and their options, not on the compilation.</summary>
    private static readonly string[] SpecSteps =
    [
        OpenApiClientGenerator.TrackingNames.SpecInput, OpenApiClientGenerator.TrackingNames.Model, OpenApiClientGenerator.TrackingNames.Spec,
        OpenApiClientGenerator.TrackingNames.Namespaces,
    ];

    public static TheoryData<string> UnrelatedEdits => ["add", "replace"];

    [Theory]
    [MemberData(nameof(UnrelatedEdits))]
    public void An_unrelated_csharp_edit_leaves_every_spec_step_and_the_output_cached(string edit)
    {
        var (driver, compilation, _) = FirstRun(Specs.PetStore());

        var unrelated = CSharpSyntaxTree.ParseText("public class Unrelated { }", GeneratorHarness.ParseOptions, path: "Unrelated.cs", cancellationToken: TestContext.Current.CancellationToken);
        var edited = edit == "add"
            ? compilation.AddSyntaxTrees(unrelated)
            : compilation.ReplaceSyntaxTree(
                compilation.SyntaxTrees.Single(),
                CSharpSyntaxTree.ParseText("public class Existing { public int Added { get; set; } }", GeneratorHarness.ParseOptions, path: compilation.SyntaxTrees.Single().FilePath, cancellationToken: TestContext.Current.CancellationToken));
        Assert.NotSame(compilation, edited);
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(SpecSteps.Length + 2, TrackedSteps.Length);
        foreach (var step in SpecSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        // The compilation changed, so the lookup runs again; its equal result stops the change there.
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, OpenApiClientGenerator.TrackingNames.HostFeatures));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(result, OpenApiClientGenerator.TrackingNames.Output));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    // Edits that move no line: the generated metadata attributes carry the spec's line and column (for the
    // analyzers' messages), so a comment line inserted above the paths is a real change of the output.
    [Theory]
    [InlineData(" # a comment the generator does not read", "")]
    [InlineData("", "\n\n# trailing comment\n")]
    public void A_whitespace_or_comment_edit_to_the_spec_leaves_the_output_unchanged(string lineComment, string suffix)
    {
        var spec = Specs.PetStore();
        var (driver, compilation, text) = FirstRun(spec);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();

        driver = driver.ReplaceAdditionalText(
            text,
            new InMemoryAdditionalText(spec.Path, spec.Text.Replace("  /pets:\n", "  /pets:   " + lineComment + "\n") + suffix));
        var run = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = run.GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, OpenApiClientGenerator.TrackingNames.SpecInput));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, OpenApiClientGenerator.TrackingNames.Model));
        Assert.All(Reasons(result, OpenApiClientGenerator.TrackingNames.Spec), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, OpenApiClientGenerator.TrackingNames.Namespaces), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(result, OpenApiClientGenerator.TrackingNames.HostFeatures));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(before, run.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList());
    }

    [Fact]
    public void A_real_spec_change_regenerates()
    {
        var spec = Specs.PetStore();
        var (driver, compilation, text) = FirstRun(spec);

        driver = driver.ReplaceAdditionalText(text, new InMemoryAdditionalText(spec.Path, spec.Text.Replace("The pet's name.", "The pet's given name.")));
        var run = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = run.GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, OpenApiClientGenerator.TrackingNames.Model));
        Assert.Contains(run.GetRunResult().GeneratedTrees, t => t.ToString().Contains("The pet's given name.", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_second_spec_leaves_the_first_one_cached()
    {
        var petStore = Specs.PetStore();
        var (driver, compilation, _) = FirstRun(petStore);
        var library = Specs.Library();

        driver = driver.AddAdditionalTexts([new InMemoryAdditionalText(library.Path, library.Text)])
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, Dictionary<string, string>>
            {
                [petStore.Path] = petStore.Metadata(),
                [library.Path] = library.Metadata(),
            }));
        var result = driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var models = result.TrackedSteps[OpenApiClientGenerator.TrackingNames.Model];
        Assert.Equal(2, models.Length);
        Assert.Contains(models, step => step.Outputs.All(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.Contains(models, step => step.Outputs.All(o => o.Reason == IncrementalStepRunReason.New));
    }

    [Fact]
    public void A_real_edit_to_one_of_two_specs_leaves_the_collected_namespaces_unchanged()
    {
        var petStore = Specs.PetStore();
        var library = Specs.Library();
        var compilation = GeneratorHarness.CreateCompilation("public class Existing { }");
        var driver = GeneratorHarness.CreateDriver([petStore, library], out var texts).RunGenerators(compilation, TestContext.Current.CancellationToken);

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(petStore.Path, petStore.Text.Replace("The pet's name.", "The pet's given name.")));
        var result = driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, OpenApiClientGenerator.TrackingNames.Model));
        Assert.All(Reasons(result, OpenApiClientGenerator.TrackingNames.Namespaces), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Fixtures.Library.LibraryClient.g.cs");
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void No_step_holds_a_symbol_a_compilation_a_syntax_tree_a_text_or_an_openapi_object()
    {
        var (driver, _, _) = FirstRun(Specs.PetStore());
        var result = driver.GetRunResult().Results.Single();

        // Every step the generator names (Roslyn's own input steps, such as AdditionalTexts, hold its objects by design).
        Assert.Subset(result.TrackedSteps.Keys.ToHashSet(), TrackedSteps.ToHashSet());
        var walked = 0;
        foreach (var step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, depth: 0);
                walked++;
            }
        }

        Assert.True(walked >= TrackedSteps.Length, $"only {walked} outputs walked");
    }

    /// <summary>
    /// A value type between two steps makes a command-line compile JIT-compile the compiler's node classes for it in
    /// every build (a class shares the instantiation other generators use): docs/benchmarks.md section 11.
    /// </summary>
    [Fact]
    public void Every_named_step_hands_on_classes()
    {
        var (driver, _, _) = FirstRun(Specs.PetStore());
        var result = driver.GetRunResult().Results.Single();

        var outputs = TrackedSteps.SelectMany(step => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (Step: step, o.Value))).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.False(output.Value.GetType().IsValueType, $"step {output.Step} hands on a {output.Value.GetType()}"));
    }

    [Fact]
    public void The_walk_rejects_what_must_not_be_cached()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }", cancellationToken: TestContext.Current.CancellationToken);
        object[] forbidden =
        [
            tree, tree.GetRoot(TestContext.Current.CancellationToken), new InMemoryAdditionalText("/a.yml", "x"), Microsoft.CodeAnalysis.Text.SourceText.From("x"),
            new Microsoft.OpenApi.OpenApiSchema(), new[] { new Microsoft.OpenApi.OpenApiDocument() },
        ];

        Assert.All(forbidden, value => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoRoslynObjects(value, "test", depth: 0)));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, AdditionalText Text) FirstRun(SpecFile spec)
    {
        var compilation = GeneratorHarness.CreateCompilation("public class Existing { }");
        var driver = GeneratorHarness.CreateDriver([spec], out var texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation, texts.Single());
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void AssertNoRoslynObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(
            value is ISymbol or Compilation or SyntaxNode or SyntaxTree or SemanticModel or Location or AdditionalText or Microsoft.CodeAnalysis.Text.SourceText,
            $"step {step} holds a {value.GetType()}");
        Assert.False(value.GetType().Namespace?.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) == true, $"step {step} holds a {value.GetType()}");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, step, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), step, depth + 1);
        }
    }
}
