using System.Globalization;

namespace Formbricks.Contracts.OpenApi;

/// <summary>
/// A range of the spec text. All values are 0-based: <see cref="Offset"/> and <see cref="Length"/> are character
/// (UTF-16 code unit) offsets as in Roslyn's <c>TextSpan</c>; lines and columns are as in Roslyn's <c>LinePosition</c>.
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="offset">0-based character offset of the first character.</param>
    /// <param name="length">Number of characters.</param>
    /// <param name="startLine">0-based line of the first character.</param>
    /// <param name="startColumn">0-based column of the first character.</param>
    /// <param name="endLine">0-based line of the position just after the span.</param>
    /// <param name="endColumn">0-based column of the position just after the span.</param>
    public SourceSpan(int offset, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        Offset = offset;
        Length = length;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>0-based character offset of the first character of the span.</summary>
    public int Offset { get; }

    /// <summary>Number of characters in the span.</summary>
    public int Length { get; }

    /// <summary>0-based line of the start.</summary>
    public int StartLine { get; }

    /// <summary>0-based column of the start.</summary>
    public int StartColumn { get; }

    /// <summary>0-based line of the end (exclusive position).</summary>
    public int EndLine { get; }

    /// <summary>0-based column of the end (exclusive position).</summary>
    public int EndColumn { get; }

    /// <summary>0-based offset just after the span.</summary>
    public int End => Offset + Length;

    /// <inheritdoc />
    public bool Equals(SourceSpan other) =>
        Offset == other.Offset && Length == other.Length && StartLine == other.StartLine &&
        StartColumn == other.StartColumn && EndLine == other.EndLine && EndColumn == other.EndColumn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Offset;
            hash = (hash * 397) ^ Length;
            hash = (hash * 397) ^ StartLine;
            hash = (hash * 397) ^ StartColumn;
            hash = (hash * 397) ^ EndLine;
            return (hash * 397) ^ EndColumn;
        }
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

    /// <summary>Human-readable form with 1-based line and column, e.g. <c>(3,5)-(3,12) [40..47)</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "({0},{1})-({2},{3}) [{4}..{5})",
        StartLine + 1, StartColumn + 1, EndLine + 1, EndColumn + 1, Offset, End);
}
