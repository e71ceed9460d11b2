using System.Text;
using System.Text.RegularExpressions;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>
/// Works around a YamlDotNet scanner limitation: a block scalar (<c>|</c>, <c>&gt;</c>, with or without a chomping
/// indicator) that has no content line, only blank lines holding more spaces than the line that follows it, fails
/// with "found extra spaces in first line". YAML 1.2 §8.1.1.1 allows it: with no non-empty line, every line of the
/// scalar is an empty line. Such lines keep their line break but lose their spaces here, which does not change the
/// value; <see cref="ToOriginal"/> maps offsets in the repaired text back to the original, so every span stays
/// where it was. Used only after the scanner reported that error, so documents it reads anyway never change.
/// <para>
/// A literal block scalar with an explicit indentation indicator (<c>|1+</c>) whose first line holds only spaces,
/// more than the indentation, fails the same way; there the spaces beyond the indentation are the line's content
/// (YAML 1.2 §8.1.1.1). They are replaced by a placeholder character that does not occur in the text, one for one
/// (offsets do not move), so the scanner reads a content line, and <see cref="Restore"/> turns the placeholders in the
/// value back into spaces.
/// </para>
/// </summary>
internal sealed class BlockScalarRepair
{
    /// <summary>
    /// A block scalar header at the end of a line: the entries' dashes, an optional key, optional tag/anchor, the
    /// indicator with its optional chomping, and a comment. No explicit indentation indicator (see <see cref="ExplicitHeader"/>).
    /// </summary>
    private static readonly Regex Header = new(
        @"^(?<indent> *)(?<dashes>(?:- +)*)(?<key>[^\s#-][^#]*?:\s+|-\s*)?(?:[!&]\S*\s+)*[|>][+-]?\s*(?:#.*)?$",
        RegexOptions.CultureInvariant);

    /// <summary>A literal block scalar header with an explicit indentation indicator, in either order with the chomping one.</summary>
    private static readonly Regex ExplicitHeader = new(
        @"^(?<indent> *)(?<dashes>(?:- +)*)(?<key>[^\s#-][^#]*?:\s+|-\s*)?(?:[!&]\S*\s+)*\|(?:(?<digit>[1-9])[+-]?|[+-](?<digit>[1-9]))\s*(?:#.*)?$",
        RegexOptions.CultureInvariant);

    private readonly List<(long RepairedOffset, long Removed)> _edits;

    private BlockScalarRepair(string text, List<(long RepairedOffset, long Removed)> edits, char? placeholder)
    {
        Text = text;
        _edits = edits;
        Placeholder = placeholder;
    }

    /// <summary>The character standing for content spaces in <see cref="Text"/>, if any were replaced.</summary>
    public char? Placeholder { get; }

    /// <summary>The repaired text.</summary>
    public string Text { get; }

    /// <summary>The repaired text, or null when there is nothing this repair applies to.</summary>
    public static BlockScalarRepair? TryRepair(string text)
    {
        var lines = SplitLines(text);
        var builder = new StringBuilder(text.Length);
        var edits = new List<(long, long)>();
        long removed = 0;
        var strip = new bool[lines.Count];
        var keep = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var header = Content(text, lines[i]);
            var parent = ParentIndent(header, Header);
            if (parent < 0)
            {
                i = ExplicitIndentation(text, lines, i, header, keep);
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && IsBlank(text, lines[next]))
            {
                next++;
            }

            // With no content line, every blank line is an empty line (YAML 1.2 §8.1.1.1); with one, blank lines
            // holding no more spaces than it are empty lines too. Either way their spaces are not part of the value.
            var content = next < lines.Count && Indent(text, lines[next]) > parent ? Indent(text, lines[next]) : int.MaxValue;
            var repairable = true;
            for (var blank = i + 1; blank < next; blank++)
            {
                repairable &= lines[blank].Blank <= content;
            }

            for (var blank = i + 1; blank < next && repairable; blank++)
            {
                strip[blank] = lines[blank].Blank > 0;
            }

            if (content != int.MaxValue)
            {
                // The scalar's own lines are text, not headers.
                while (next < lines.Count && (IsBlank(text, lines[next]) || Indent(text, lines[next]) > parent))
                {
                    next++;
                }

                i = next - 1;
            }
        }

        var placeholder = Enumerable.Range(0xE000, 0x1900).Select(c => (char)c).FirstOrDefault(c => text.IndexOf(c) < 0);
        var replaced = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, length, end) = lines[i];
            if (keep[i] > 0 && placeholder != default)
            {
                replaced = true;
                builder.Append(text, start, keep[i]).Append(placeholder, length - keep[i]).Append(text, start + length, end - start - length);
            }
            else if (strip[i])
            {
                removed += length;
                edits.Add((start + length - removed, removed));
                builder.Append(text, start + length, end - start - length);
            }
            else
            {
                builder.Append(text, start, end - start);
            }
        }

        return edits.Count == 0 && !replaced ? null : new BlockScalarRepair(builder.ToString(), edits, replaced ? placeholder : null);
    }

    /// <summary>A scalar's value as the original text has it (placeholders back to spaces).</summary>
    public string Restore(string value) =>
        Placeholder is { } placeholder && value.IndexOf(placeholder) >= 0 ? value.Replace(placeholder, ' ') : value;

    /// <summary>
    /// For a literal header with an explicit indentation indicator at line <paramref name="i"/>: marks a first line of
    /// spaces deeper than the indentation (its spaces up to the indentation are kept, the rest are content) and
    /// returns the last line of the scalar; otherwise returns <paramref name="i"/>.
    /// </summary>
    private static int ExplicitIndentation(string text, List<(int Start, int Blank, int End)> lines, int i, string header, int[] keep)
    {
        var parent = ParentIndent(header, ExplicitHeader);
        if (parent < 0)
        {
            return i;
        }

        var digit = ExplicitHeader.Match(header).Groups["digit"];
        var indentation = parent + (digit.Value[digit.Value.Length - 1] - '0');
        if (i + 1 < lines.Count && lines[i + 1].Blank > indentation)
        {
            keep[i + 1] = indentation;
        }

        var next = i + 1;
        while (next < lines.Count && (IsBlank(text, lines[next]) || Indent(text, lines[next]) > parent))
        {
            next++;
        }

        return next - 1;
    }

    /// <summary>The offset in the original text of <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public long ToOriginal(long offset)
    {
        var low = 0;
        var high = _edits.Count - 1;
        long shift = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_edits[middle].RepairedOffset <= offset)
            {
                shift = _edits[middle].Removed;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return offset + shift;
    }

    /// <summary>
    /// The indentation of the block collection holding a block scalar whose header ends <paramref name="line"/>
    /// (the key's column, or the last dash's for a sequence entry), or -1 when the line is no such header.
    /// </summary>
    private static int ParentIndent(string line, Regex header)
    {
        if (line.IndexOf('|') < 0 && line.IndexOf('>') < 0)
        {
            return -1;
        }

        var match = header.Match(line);
        if (!match.Success)
        {
            return -1;
        }

        var indent = match.Groups["indent"].Length;
        var dashes = match.Groups["dashes"].Value;
        var key = match.Groups["key"].Value;
        if (key.Length > 0 && key[0] != '-')
        {
            return indent + dashes.Length;
        }

        var all = dashes + key;
        var lastDash = all.LastIndexOf('-');
        return lastDash < 0 ? -1 : indent + lastDash;
    }

    /// <summary>Each line as (start, length of its spaces-only content or 0, end including the line break).</summary>
    private static List<(int Start, int Blank, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var contentEnd = end > start && text[end - 1] == '\n' ? end - 1 : end;
            if (contentEnd > start && text[contentEnd - 1] == '\r')
            {
                contentEnd--;
            }

            var blank = 0;
            while (start + blank < contentEnd && text[start + blank] == ' ')
            {
                blank++;
            }

            lines.Add((start, start + blank == contentEnd ? blank : 0, end));
            start = end;
        }

        return lines;
    }

    private static string Content(string text, (int Start, int Blank, int End) line) =>
        text.Substring(line.Start, line.End - line.Start).TrimEnd('\n', '\r');

    private static bool IsBlank(string text, (int Start, int Blank, int End) line) => Content(text, line).Trim(' ').Length == 0;

    private static int Indent(string text, (int Start, int Blank, int End) line)
    {
        var indent = 0;
        while (line.Start + indent < line.End && text[line.Start + indent] == ' ')
        {
            indent++;
        }

        return indent;
    }
}
