using System.Runtime.CompilerServices;

namespace Formbricks.Contracts.Drift.Model;

/// <summary>Compares model objects by identity (netstandard2.0 has no ReferenceEqualityComparer).</summary>
internal sealed class IdentityComparer : IEqualityComparer<object>
{
    public static readonly IdentityComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
