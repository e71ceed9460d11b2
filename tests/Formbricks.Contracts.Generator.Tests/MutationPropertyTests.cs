using System.Globalization;
using System.Text;
using CsCheck;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Property-based tests (CsCheck) of the generator on input nobody wrote by hand (issue 13's "done when"): mutations
/// of the canonical spec (a line deleted, duplicated or re-indented, a value replaced by null, '', a huge number, NaN,
/// a non-boolean word, a list or a mapping, an anchor and an alias inserted, the file truncated) and small generated
/// specs. Through the real generator in a real compilation, every case must hold:
/// no exception escapes (no FBC0007, no CS8785); every diagnostic is located at a real line and column of the file,
/// with its own text (never the reader's "could not read" fallback); and when the generator reports no error, the
/// generated code compiles without error.
/// The cases are a fixed, seeded series (the same on every run); a failing case is then shrunk by CsCheck, and the
/// failure names the smallest case found, its seed and the mutated lines.
/// </summary>
public sealed class MutationPropertyTests
{
    private const ulong Seed = 20261202;

    private static readonly string CanonicalText = File.ReadAllText(RepositoryPaths.CanonicalSpec).Replace("\r\n", "\n");

    private static readonly string[] CanonicalLines = CanonicalText.Split('\n');

    private static readonly string[] Replacements =
    [
        string.Empty, "''", "~", "99999999999999999999", ".nan", "-.inf", "NaN", "maybe", "\"yes\"", "[]", "{}", "{a: 1}", "-1", "2.5",
        "[1, [2]]", "'#/components/schemas/Nope'", "&x", "*x",
    ];

    [Fact]
    public void Mutations_of_the_canonical_spec_are_reported_located_or_compile()
    {
        Run(Mutations, 80, mutations => Apply(mutations), Describe);
    }

    [Fact]
    public void Small_generated_specs_are_reported_located_or_compile()
    {
        Run(SmallSpecs, 50, spec => spec, spec => spec);
    }

    /// <summary>One mutation of a line of the canonical spec.</summary>
    public sealed record Mutation(MutationKind Kind, int Line, int Variant);

    /// <summary>What a <see cref="Mutation"/> does to its line.</summary>
    public enum MutationKind
    {
        DeleteLine,
        ReplaceValue,
        DuplicateLine,
        Reindent,
        AnchorAndAlias,
        Truncate,
    }

    private static Gen<Mutation[]> Mutations =>
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, CanonicalLines.Length - 1], Gen.Int[0, 1000], (kind, line, variant) => new Mutation(kind, line, variant))
            .Array[1, 3];

    private static Gen<string> SmallSpecs =>
        Gen.Select(SmallSchema.Array[1, 4], Gen.Int[0, 3], Gen.Bool, (schemas, operations, json) => SmallSpec(schemas, operations, json));

    private static Gen<string[]> SmallSchema =>
        Gen.Select(
            Gen.OneOf("string", "integer", "number", "boolean", "array", "object", "ref", "enum", "union", "map").Array[0, 5],
            Gen.OneOf(string.Empty, "nullable: true", "format: date-time", "format: int64", "minLength: 1", "maximum: 10", "readOnly: true", "deprecated: true", "default: null", "example: |+\n          \n").Array[0, 3],
            (types, extras) => types.Select((type, i) => Property(type, i > 0 ? extras.ElementAtOrDefault(i % Math.Max(extras.Length, 1)) : null)).ToArray());

    private static void Run<T>(Gen<T> gen, int cases, Func<T, string> text, Func<T, string> describe)
    {
        var generated = 0;
        for (var i = 0; i < cases; i++)
        {
            var pcg = new PCG((uint)i, Seed);
            var seed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            if (Problem(text(value), out var clean) is null)
            {
                generated += clean ? 1 : 0;
                continue;
            }

            // A failing case: let CsCheck shrink it (starting from this seed) and throw with the smallest one it finds.
            gen.Sample(
                candidate =>
                {
                    if (Problem(text(candidate), out _) is { } problem)
                    {
                        throw new InvalidOperationException(problem);
                    }
                },
                seed: seed,
                iter: 40,
                threads: 1,
                print: describe);
            Assert.Fail($"Case {i} (seed {seed}) failed but did not fail again while shrinking:\n{describe(value)}\n{Problem(text(value), out _)}");
        }

        // The series is not all broken input: some cases (most mutations break the spec) went all the way to compiled code.
        Assert.True(generated >= cases / 20, $"only {generated} of {cases} cases generated code without an error");
    }

    /// <summary>What is wrong with the generator's outcome on <paramref name="spec"/>, or null; <paramref name="clean"/>: code generated, no error.</summary>
    private static string? Problem(string spec, out bool clean)
    {
        const string path = "/specs/mutated.yml";
        var outcome = GeneratorHarness.Run(new SpecFile(path, spec));
        var lines = spec.Split('\n');
        var problems = new List<string>();
        foreach (var diagnostic in outcome.GeneratorDiagnostics)
        {
            if (diagnostic.Id is "FBC0007" or "CS8785")
            {
                problems.Add("an exception escaped: " + diagnostic);
                continue;
            }

            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (message.Contains("could not read", StringComparison.Ordinal) || message.Contains("could not be read", StringComparison.Ordinal) ||
                message.Contains("could not finish", StringComparison.Ordinal))
            {
                problems.Add("an unlocated fallback message: " + diagnostic);
            }

            var span = diagnostic.Location.GetLineSpan();
            if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
            {
                problems.Add("no location in the spec: " + diagnostic);
                continue;
            }

            var (line, column) = (span.StartLinePosition.Line, span.StartLinePosition.Character);
            if (span.Path != path || line >= lines.Length || column > lines[line].TrimEnd('\r').Length)
            {
                problems.Add($"located outside the file ({lines.Length} lines): " + diagnostic);
            }
        }

        clean = outcome.Sources.Count > 0 && !outcome.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (!outcome.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.AddRange(outcome.CompilationProblems.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(d => "generated code does not compile: " + d));
        }

        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    private static string Apply(Mutation[] mutations)
    {
        var lines = CanonicalLines.ToList();
        foreach (var mutation in mutations)
        {
            var index = Math.Min(mutation.Line, lines.Count - 1);
            var line = lines[index];
            var colon = ValueStart(line);
            switch (mutation.Kind)
            {
                case MutationKind.DeleteLine:
                    lines.RemoveAt(index);
                    break;
                case MutationKind.ReplaceValue when colon > 0:
                    lines[index] = string.Concat(line.AsSpan(0, colon), " ", Replacements[mutation.Variant % Replacements.Length]);
                    break;
                case MutationKind.DuplicateLine:
                    lines.Insert(index, line);
                    break;
                case MutationKind.Reindent:
                    var spaces = 1 + (mutation.Variant % 3);
                    lines[index] = mutation.Variant % 2 == 0 ? new string(' ', spaces) + line : line.Substring(Math.Min(spaces, line.Length - line.TrimStart(' ').Length));
                    break;
                case MutationKind.AnchorAndAlias when colon > 0:
                    var target = (index + 1 + (mutation.Variant % 200)) % lines.Count;
                    var targetColon = ValueStart(lines[target]);
                    lines[index] = string.Concat(line.AsSpan(0, colon), " &m" + mutation.Variant, line.AsSpan(colon));
                    if (targetColon > 0)
                    {
                        lines[target] = string.Concat(lines[target].AsSpan(0, targetColon), " *m" + mutation.Variant);
                    }

                    break;
                case MutationKind.Truncate:
                    lines.RemoveRange(index + 1, lines.Count - index - 1);
                    lines[index] = line.Substring(0, mutation.Variant % (line.Length + 1));
                    break;
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>The index just after "key:" on a "key: value" (or "- key: value") line, or -1.</summary>
    private static int ValueStart(string line)
    {
        var trimmed = line.TrimStart(' ', '-');
        if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == '\'' || trimmed[0] == '"')
        {
            return -1;
        }

        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && line.EndsWith(':'))
        {
            colon = line.Length - 1;
        }

        return colon < 0 ? -1 : colon + 1;
    }

    private static string Describe(Mutation[] mutations)
    {
        var text = new StringBuilder();
        foreach (var mutation in mutations)
        {
            var index = Math.Min(mutation.Line, CanonicalLines.Length - 1);
            text.Append(CultureInfo.InvariantCulture, $"{mutation.Kind} at line {index + 1} (variant {mutation.Variant}): '{CanonicalLines[index].Trim()}'\n");
        }

        var mutated = Apply(mutations).Split('\n');
        var changed = Enumerable.Range(0, mutated.Length).Where(i => i >= CanonicalLines.Length || mutated[i] != CanonicalLines[i]).Take(6);
        foreach (var i in changed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  mutated line {i + 1}: {mutated[i]}\n");
        }

        return text.ToString();
    }

    private static string Property(string type, string? extra)
    {
        var body = type switch
        {
            "ref" => "$ref: '#/components/schemas/S0'",
            "array" => "type: array\n          items: {type: string}",
            "object" => "type: object\n          properties: {inner: {type: integer}}",
            "enum" => "type: string\n          enum: [a, b-c, 'null', '1x']",
            "union" => "oneOf: [{type: string}, {type: integer}]",
            "map" => "type: object\n          additionalProperties: {type: number}",
            _ => "type: " + type,
        };
        return extra is { Length: > 0 } && type is not "ref" ? body + "\n          " + extra : body;
    }

    private static string SmallSpec(string[][] schemas, int operations, bool required)
    {
        var text = new StringBuilder("openapi: 3.0.3\ninfo: {title: Small, version: '1'}\n").Append(operations == 0 ? "paths: {}\n" : "paths:\n");
        for (var i = 0; i < operations; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  /things{i}/{{id}}:\n    get:\n      operationId: getThing{i}\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n        - {{name: limit, in: query, required: {(required ? "true" : "false")}, schema: {{type: integer}}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/S{i % schemas.Length}'}}\n");
        }

        text.Append("components:\n  schemas:\n");
        for (var s = 0; s < schemas.Length; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    S{s}:\n      type: object\n      properties:\n");
            if (schemas[s].Length == 0)
            {
                text.Append("        id: {type: string}\n");
            }

            for (var p = 0; p < schemas[s].Length; p++)
            {
                text.Append(CultureInfo.InvariantCulture, $"        p{p}:\n          {schemas[s][p]}\n");
            }
        }

        return text.ToString();
    }
}
