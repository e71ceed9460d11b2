using System.Text;

namespace PersonalLinks;

/// <summary>How cells are written (both safe by default).</summary>
/// <param name="ByteOrderMark">Start the file with a UTF-8 byte-order mark, so Excel reads <c>Zoë</c> as UTF-8.</param>
/// <param name="EscapeFormulas">
/// Prefix a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return with <c>'</c>, so a
/// spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
/// </param>
internal sealed record CsvOptions(bool ByteOrderMark = true, bool EscapeFormulas = true)
{
    /// <summary>The text encoding these options ask for.</summary>
    public Encoding Encoding => new UTF8Encoding(encoderShouldEmitUTF8Identifier: ByteOrderMark);
}

/// <summary>
/// Writes RFC 4180 CSV rows: a field with a comma, a quote or a line break is quoted, quotes doubled; cells that a
/// spreadsheet would run as a formula are made text first (see <see cref="CsvOptions.EscapeFormulas"/>). (CsvHelper
/// maps records through reflection, which the trim analyzers flag; six string columns need none of it.)
/// </summary>
internal sealed class CsvWriter(TextWriter writer, CsvOptions options)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public async Task WriteRowAsync(IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Escape(options.EscapeFormulas ? Defuse(fields[i]) : fields[i]));
        }

        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken);
    }

    /// <summary>RFC 4180 quoting.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>A cell a spreadsheet would read as a formula, prefixed with <c>'</c>; any other cell unchanged.</summary>
    public static string Defuse(string field) =>
        field.Length > 0 && Array.IndexOf(FormulaStarts, field[0]) >= 0 ? "'" + field : field;
}
