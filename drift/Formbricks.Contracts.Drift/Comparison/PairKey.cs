namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>A pair of referenced schemas met in one direction at one kind of place (top-level or property).</summary>
internal readonly struct PairKey : IEquatable<PairKey>
{
    public PairKey(Direction direction, string prefix, string @base, string revision)
    {
        Direction = direction;
        Prefix = prefix;
        Base = @base;
        Revision = revision;
    }

    public Direction Direction { get; }

    public string Prefix { get; }

    public string Base { get; }

    public string Revision { get; }

    public bool Equals(PairKey other) =>
        Direction == other.Direction && string.Equals(Prefix, other.Prefix, StringComparison.Ordinal)
        && string.Equals(Base, other.Base, StringComparison.Ordinal) && string.Equals(Revision, other.Revision, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PairKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = ((int)Direction * 397) ^ StringComparer.Ordinal.GetHashCode(Prefix);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Base);
            return (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Revision);
        }
    }
}
