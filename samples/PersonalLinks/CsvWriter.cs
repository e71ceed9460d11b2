namespace PersonalLinks;

/// <summary>
/// Writes RFC 4180 CSV rows: a field with a comma, a quote or a line break is quoted, quotes doubled. (CsvHelper maps
/// records through reflection, which the trim analyzers flag; six string columns need none of it.)
/// </summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public async Task WriteRowAsync(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Escape(fields[i]));
        }

        await writer.WriteAsync("\r\n");
    }

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
