using System.Collections;
using System.Reflection;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// The compiler loads the generator once and runs it for many projects, in parallel: no static field of its code (or
/// of the spec reader it carries) may be a collection anyone can change.
/// </summary>
public sealed class StaticStateTests
{
    public static TheoryData<string> Assemblies => ["Formbricks.Contracts.Generator", "Formbricks.Contracts.OpenApi"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_static_field_is_a_mutable_collection(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var mutable = assembly.GetTypes()
            .Where(type => !type.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => !field.IsLiteral && !field.Name.Contains('<', StringComparison.Ordinal) && IsMutableCollection(field.FieldType))
                .Select(field => $"{type.FullName}.{field.Name} ({field.FieldType.Name})"))
            .ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void The_check_recognises_arrays_lists_sets_and_dictionaries()
    {
        Assert.All([typeof(string[]), typeof(List<int>), typeof(HashSet<string>), typeof(Dictionary<string, int>)], type => Assert.True(IsMutableCollection(type), type.Name));
        Assert.All([typeof(System.Collections.Immutable.ImmutableArray<string>), typeof(System.Collections.Immutable.ImmutableHashSet<string>), typeof(string)], type => Assert.False(IsMutableCollection(type), type.Name));
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(HashSet<>) || definition == typeof(Dictionary<,>)))
        || (!type.Namespace!.StartsWith("System.Collections.Immutable", StringComparison.Ordinal) && typeof(IList).IsAssignableFrom(type) && !type.IsInterface);
}
