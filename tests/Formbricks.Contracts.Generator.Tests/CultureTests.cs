using System.Globalization;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>The generator reads and writes numbers the same way whatever culture the compiler runs in.</summary>
public sealed class CultureTests
{
    [Fact]
    public void Negative_integer_enum_values_are_read_invariantly_and_the_output_does_not_depend_on_the_culture()
    {
        var spec = Specs.Inline(Specs.MinimalYaml + "\n    Level:\n      type: integer\n      enum: [-5, 0, 3]\n");
        var invariant = GeneratorHarness.Run(spec).Joined();

        // A culture whose negative sign is not '-' (ICU cultures with U+2212 still parse '-', so a custom one that does not).
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NegativeSign = "~";
        var previous = CultureInfo.CurrentCulture;
        GeneratorOutcome outcome;
        try
        {
            CultureInfo.CurrentCulture = culture;
            outcome = GeneratorHarness.Run(spec);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var level = outcome.Output.GetTypeByMetadataName("Test.Api.Level")!;
        Assert.Equal("long", Assert.Single(level.GetMembers("Value").OfType<IPropertySymbol>()).Type.ToDisplayString());
        Assert.Contains("ValueMinus5 { get; } = new(-5L);", outcome.Joined(), StringComparison.Ordinal);
        Assert.Equal(invariant, outcome.Joined());
    }
}
