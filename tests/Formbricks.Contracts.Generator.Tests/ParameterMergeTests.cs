using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>Path-level parameters merged with an operation's own: overrides win, in the overridden one's place, and nothing throws.</summary>
public sealed class ParameterMergeTests
{
    [Fact]
    public void An_operation_parameter_overrides_the_path_level_one_in_its_place()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml(
            shared: ["{name: id, in: path, required: true, schema: {type: string}}", "{name: verbose, in: query, schema: {type: string}}", "{name: page, in: query, schema: {type: integer}}"],
            own: ["{name: extra, in: query, schema: {type: string}}", "{name: verbose, in: query, schema: {type: boolean}}"])));

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.Equal(
            ["string id", "bool? verbose", "int? page", "string? extra", "System.Threading.CancellationToken cancellationToken"],
            Parameters(outcome));
    }

    [Fact]
    public void Overridden_duplicate_path_level_parameters_do_not_throw_and_give_one_parameter()
    {
        // Before the fix: merged.Insert(2, …) into a list of one, an ArgumentOutOfRangeException reported as FBC0007.
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml(
            shared: ["{name: limit, in: query, schema: {type: string}}", "{name: limit, in: query, schema: {type: string}}", "{name: skip, in: query, schema: {type: integer}}"],
            own: ["{name: limit, in: query, schema: {type: integer}}"])));

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "FBC0007" or "CS8785");
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        Assert.Equal(["int? limit", "int? skip", "System.Threading.CancellationToken cancellationToken"], Parameters(outcome));
    }

    private static List<string> Parameters(GeneratorOutcome outcome)
    {
        var client = outcome.Output.GetTypeByMetadataName("Test.Api.TestClient")!;
        var method = Assert.Single(client.GetMembers("GetThingAsync").OfType<IMethodSymbol>());
        return method.Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name).ToList();
    }

    private static string Yaml(string[] shared, string[] own) => $"""
        openapi: 3.0.3
        info:
          title: Merge
          version: '1'
        paths:
          /things/{"{id}"}:
            parameters: [{string.Join(", ", shared)}]
            get:
              operationId: getThing
              parameters: [{string.Join(", ", own)}]
              responses:
                '204':
                  description: Nothing.
        """;
}
