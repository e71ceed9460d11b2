using System.Reflection;
using System.Runtime.Loader;

namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>
/// Emits the compilation of one generator run (consumer code plus generated code) and loads it, so that a test can
/// run a client generated from an inline spec on the wire, not only compile it.
/// </summary>
internal static class GeneratedAssembly
{
    public static Assembly Load(GeneratorOutcome outcome)
    {
        using var stream = new MemoryStream();
        var emitted = outcome.Output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("Generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Creates <paramref name="typeName"/> with its parameterless constructor and sets the given properties.</summary>
    public static object Create(Assembly assembly, string typeName, params (string Property, object? Value)[] properties)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in properties)
        {
            type.GetProperty(property)!.SetValue(instance, value);
        }

        return instance;
    }

    /// <summary>Calls an async client method and awaits it; returns the task's result, or null for a plain task.</summary>
    public static async Task<object?> InvokeAsync(object target, string method, params object?[] arguments)
    {
        var task = (Task)target.GetType().GetMethod(method)!.Invoke(target, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }
}
