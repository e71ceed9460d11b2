namespace Formbricks.Contracts.OpenApi.SourceMapping;

/// <summary>
/// Turns character offsets into 0-based line/column pairs the way Roslyn's <c>SourceText</c> does
/// (line breaks: CR LF, CR, LF, NEL, LS, PS), so spans line up with the compiler's locations.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _textLength;

    public LineIndex(string text)
    {
        _textLength = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Length of the text.</summary>
    public int TextLength => _textLength;

    /// <summary>Creates a span from a start and an end offset (both clamped into the text).</summary>
    public SourceSpan Span(long start, long end)
    {
        var s = Clamp(start);
        var e = Clamp(end);
        if (e < s)
        {
            e = s;
        }

        var (startLine, startColumn) = Position(s);
        var (endLine, endColumn) = Position(e);
        return new SourceSpan(s, e - s, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>Offset of a 0-based line and column (clamped to the text and to the line's start).</summary>
    public int Offset(long line, long column)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= _lineStarts.Length)
        {
            return _textLength;
        }

        var offset = _lineStarts[line] + Math.Max(0, column);
        return (int)Math.Min(offset, _textLength);
    }

    /// <summary>0-based line and column of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index, offset - _lineStarts[index]);
    }

    private int Clamp(long offset)
    {
        if (offset < 0)
        {
            return 0;
        }

        return offset > _textLength ? _textLength : (int)offset;
    }
}
