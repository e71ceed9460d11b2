using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Formbricks.Contracts.Benchmarks;

/// <summary>
/// BenchmarkDotNet's out-of-process run builds a project of its own that references this one. The generator, referenced
/// here both as an analyzer and as a library, hands the compiler its dependencies (the spec reader, the drift engine)
/// as paths without a runtime dependency, and in that build they win over the direct references: the files are copied
/// beside the benchmark, but its deps.json leaves them out, so the runtime does not find them. This resolves a
/// project assembly the default context cannot find from the benchmark's own folder, before any benchmark runs.
/// </summary>
internal static class BesideAssemblies
{
    [ModuleInitializer]
    internal static void Register() => AssemblyLoadContext.Default.Resolving += Resolve;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not { } simpleName || !simpleName.StartsWith("Formbricks.Contracts.", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, simpleName + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
