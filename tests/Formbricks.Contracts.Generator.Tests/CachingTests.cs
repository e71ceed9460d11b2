using System.Collections;
using System.Reflection;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>The incremental pipeline does no work it does not have to (edit scenarios and their step run reasons).</summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps =
    [
        OpenApiClientGenerator.TrackingNames.SpecInput, OpenApiClientGenerator.TrackingNames.Model, OpenApiClientGenerator.TrackingNames.Spec,
    ];

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var (driver, compilation, _) = FirstRun(Specs.PetStore());

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Theory]
    [InlineData("# a comment the generator does not read\n", "")]
    [InlineData("", "\n\n# trailing comment\n")]
    public void A_whitespace_or_comment_edit_to_the_spec_leaves_the_output_unchanged(string prefix, string suffix)
    {
        var spec = Specs.PetStore();
        var (driver, compilation, text) = FirstRun(spec);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();

        driver = driver.ReplaceAdditionalText(
            text,
            new InMemoryAdditionalText(spec.Path, prefix + spec.Text.Replace("  /pets:\n", "  /pets:   \n") + suffix));
        var run = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = run.GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, OpenApiClientGenerator.TrackingNames.SpecInput));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, OpenApiClientGenerator.TrackingNames.Model));
        Assert.All(Reasons(result, OpenApiClientGenerator.TrackingNames.Spec), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
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
    public void No_step_holds_a_symbol_a_compilation_or_a_syntax_node()
    {
        var (driver, _, _) = FirstRun(Specs.PetStore());
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, depth: 0);
            }
        }
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

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SemanticModel or Location, $"step {step} holds a {value.GetType()}");
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
