using System.Globalization;
using Formbricks.Contracts.OpenApi.Diagnostics;
using SharpYaml;
using SharpYaml.Events;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>Syntax errors of the YAML-to-JSON conversion: one located error, with what most likely caused it.</summary>
internal sealed partial class YamlJsonConverter
{
    private void ReportSyntaxError(Mark mark, string detail, bool isJson)
    {
        _failed = true;

        // One error for a syntax error: whatever was found before it is most likely a consequence.
        _diagnostics.Clear();

        // SharpYaml's lines and columns count from 0, as LineIndex does.
        var start = _lines.Offset(mark.Line, mark.Column + (mark.Line == 0 ? _shift : 0));
        var span = _lines.Span(start, start);
        var format = isJson ? "JSON" : "YAML";
        _diagnostics.Report(
            SpecDiagnosticKind.MalformedDocument,
            string.Format(
                CultureInfo.InvariantCulture,
                "The {0} is malformed at line {1}, column {2}: {3}{4} Fix the syntax there (check indentation, quotes and brackets).",
                format,
                span.StartLine + 1,
                span.StartColumn + 1,
                detail,
                Cause(span.StartLine)),
            PointerOf(Parent),
            span);
    }

    /// <summary>What most likely caused a syntax error on <paramref name="line"/> (zero-based), as a sentence, or nothing.</summary>
    private string Cause(int line)
    {
        // Inside a flow collection opened on an earlier line: the bracket may be unclosed, or a ',' missing.
        if (Parent is { Flow: true } frame)
        {
            var open = _lines.Span(frame.Start, frame.Start);
            if (open.StartLine < line)
            {
                var bracket = frame.Mapping is not null ? "{" : "[";
                return string.Format(
                    CultureInfo.InvariantCulture,
                    " The '{0}' at line {1}, column {2} is still open here: an unclosed bracket, or a ',' missing between its entries.",
                    bracket,
                    open.StartLine + 1,
                    open.StartColumn + 1);
            }
        }

        // A block scalar of blank lines only, one of them deeper than the line below it: YAML 1.2 §8.1.1.1 takes the
        // deepest leading blank line's spaces as the indentation, so the next content line no longer belongs to it.
        if (_lastEvent is Scalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } block && IsBlank(block.Value))
        {
            var header = _lines.Span(At(block.Start), At(block.Start));
            if (header.StartLine < line)
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    " The block scalar at line {0}, column {1} starts with blank lines, one with extra spaces (more than the first content line's indentation), so that line is no longer part of it. Remove the extra spaces from the blank lines.",
                    header.StartLine + 1,
                    header.StartColumn + 1);
            }
        }

        return string.Empty;
    }

    private static bool IsBlank(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
