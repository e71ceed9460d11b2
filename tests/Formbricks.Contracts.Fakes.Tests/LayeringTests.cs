using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Formbricks.Contracts.Fakes.Tests;

/// <summary>
/// The folders of <c>fakes/Formbricks.Contracts.Fakes</c> depend on each other one way only (fakes/README.md,
/// "Layers"). The fake's sources are compiled with Roslyn; every name that resolves to a type declared in another
/// folder is a dependency of the folder using it, and must be allowed below.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Each folder and the folders it may use; everything else is above it.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Operations"] = [],
        ["Time"] = [],
        ["Http"] = [],
        ["State"] = [],
        ["Options"] = ["State"],
        ["Journal"] = ["Operations"],
        ["Faults"] = ["Operations"],
        ["Seeding"] = ["State", "Options"],
        ["Auth"] = ["State"],
        ["Links"] = ["State", "Http"],
        ["Endpoints"] = ["Operations", "Time", "Http", "State", "Options", "Auth", "Links"],
        ["Hosting"] = ["Operations", "Time", "Http", "State", "Options", "Journal", "Faults", "Seeding", "Auth", "Links", "Endpoints"],
    };

    private static readonly Lazy<(Compilation Compilation, string Root)> Fake = new(Compile);

    [Fact]
    public void The_allowed_folder_graph_has_no_cycle()
    {
        var order = new List<string>();
        var remaining = Allowed.ToDictionary(f => f.Key, f => f.Value.ToHashSet(StringComparer.Ordinal));
        while (remaining.FirstOrDefault(f => f.Value.All(order.Contains)) is { Key: { } next })
        {
            order.Add(next);
            remaining.Remove(next);
        }

        Assert.Empty(remaining.Keys);
    }

    [Fact]
    public void The_fake_compiles_from_its_sources_so_every_name_resolves()
    {
        // CS8795: the [GeneratedRegex] methods get their bodies from the regex source generator, which is not run here.
        var errors = Fake.Value.Compilation.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795");

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Every_folder_uses_only_the_folders_below_it()
    {
        var (compilation, root) = Fake.Value;
        var edges = Dependencies(compilation, root);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0).Select(t => Folder(t.FilePath, root)).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(("Hosting", "Endpoints"), edges.Keys);
        Assert.Empty(edges
            .Where(e => !Allowed[e.Key.From].Contains(e.Key.To))
            .Select(e => $"{e.Key.From} uses {e.Key.To} (above it or beside it): {string.Join(", ", e.Value.Order(StringComparer.Ordinal))}"));
    }

    /// <summary>(folder, folder used) → where: "File.cs: TypeName" for each use.</summary>
    private static Dictionary<(string From, string To), HashSet<string>> Dependencies(Compilation compilation, string root)
    {
        var edges = new Dictionary<(string From, string To), HashSet<string>>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0))
        {
            var model = compilation.GetSemanticModel(tree);
            var from = Folder(tree.FilePath, root);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax))
            {
                var info = model.GetSymbolInfo(node);
                foreach (var symbol in info.Symbol is { } s ? [s] : info.CandidateSymbols)
                {
                    if (DeclaringType(symbol) is not { } type)
                    {
                        continue;
                    }

                    foreach (var location in type.Locations.Where(l => l.IsInSource && l.SourceTree!.FilePath.Length > 0))
                    {
                        var to = Folder(location.SourceTree!.FilePath, root);
                        if (to != from)
                        {
                            var key = (from, to);
                            if (!edges.TryGetValue(key, out var uses))
                            {
                                edges[key] = uses = [];
                            }

                            uses.Add($"{Path.GetFileName(tree.FilePath)}: {type.Name}");
                        }
                    }
                }
            }
        }

        return edges;
    }

    /// <summary>The outermost type a symbol is or belongs to (a method's, a property's, a nested type's).</summary>
    private static INamedTypeSymbol? DeclaringType(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type?.OriginalDefinition;
    }

    private static string Folder(string file, string root)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "(project root)";
    }

    private static (Compilation, string) Compile()
    {
        var root = Path.Combine(RepositoryFiles.Root, "fakes", "Formbricks.Contracts.Fakes");
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith("obj/", StringComparison.Ordinal)
                && !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith("bin/", StringComparison.Ordinal));
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)).ToList();
        // The implicit usings of Microsoft.NET.Sdk, as the project's build adds them; not a file of the project.
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
            "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            options);
        // Everything this test process was given, except our own assemblies: the fake's types must come from its sources.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Formbricks.Contracts.", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "LayeringCheck",
            [.. trees, implicitUsings],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, root);
    }
}
