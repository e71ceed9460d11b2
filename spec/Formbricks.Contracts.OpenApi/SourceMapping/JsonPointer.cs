using System.Text;

namespace Formbricks.Contracts.OpenApi.SourceMapping;

/// <summary>
/// RFC 6901 JSON pointer helpers: the one place that escapes and unescapes pointer tokens, used by the reader's
/// source map, the generator's locations and the conformance validators' error paths.
/// </summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c>, <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string token)
    {
        if (token.IndexOf('~') < 0 && token.IndexOf('/') < 0)
        {
            return token;
        }

        return token.Replace("~", "~0").Replace("/", "~1");
    }

    /// <summary>Undoes <see cref="Escape"/>.</summary>
    public static string Unescape(string token)
    {
        if (token.IndexOf('~') < 0)
        {
            return token;
        }

        return token.Replace("~1", "/").Replace("~0", "~");
    }

    /// <summary>Appends one (unescaped) token to a pointer.</summary>
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pointer of <paramref name="node"/> in its tree, found from its parents (for reports: it searches each parent).</summary>
    internal static string Of(System.Text.Json.Nodes.JsonNode node)
    {
        if (node.Parent is not { } parent)
        {
            return string.Empty;
        }

        var above = Of(parent);
        if (parent is System.Text.Json.Nodes.JsonArray array)
        {
            return Append(above, array.IndexOf(node));
        }

        foreach (var property in (System.Text.Json.Nodes.JsonObject)parent)
        {
            if (ReferenceEquals(property.Value, node))
            {
                return Append(above, property.Key);
            }
        }

        return above;
    }

    /// <summary>
    /// Normalises pointers in the forms Microsoft.OpenApi and users write them: <c>#/a/b</c>, <c>/a/b</c>,
    /// <c>#</c>, <c>#/</c>, <c>a/b</c>, with optional percent-encoding in the fragment form. Root is <c>""</c>.
    /// </summary>
    public static string Normalize(string? pointer) => Normalize(pointer, decodePercent: true);

    /// <summary>As <see cref="Normalize(string?)"/>; <paramref name="decodePercent"/> controls percent-decoding of <c>#</c> forms.</summary>
    public static string Normalize(string? pointer, bool decodePercent)
    {
        if (pointer is null)
        {
            return string.Empty;
        }

        var p = pointer.Trim();
        if (p.StartsWith("#", StringComparison.Ordinal))
        {
            p = decodePercent ? PercentDecode(p.Substring(1)) : p.Substring(1);
        }

        if (p.Length == 0 || p == "/")
        {
            return string.Empty;
        }

        if (p[0] != '/')
        {
            p = "/" + p;
        }

        return p;
    }

    /// <summary>Splits a normalised pointer into unescaped tokens (root gives none).</summary>
    public static IReadOnlyList<string> Split(string pointer)
    {
        if (pointer.Length == 0)
        {
            return Array.Empty<string>();
        }

        var parts = pointer.Substring(1).Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Unescape(parts[i]);
        }

        return parts;
    }

    /// <summary>
    /// The name of the component a reference within the document names, as the document's components key it: the last
    /// token of <c>#/components/{componentType}/{name}</c>, percent-decoded and unescaped (<c>#/components/schemas/a~1b</c>
    /// names <c>a/b</c>, <c>#/components/schemas/a%20b</c> names <c>a b</c>). Microsoft.OpenApi's reference ids keep the
    /// token as written. Null for any other reference (another document, a node below a component).
    /// </summary>
    public static string? ComponentName(string? reference, string componentType)
    {
        if (reference is null || !reference.StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        var pointer = Normalize(reference);
        var prefix = "/components/" + componentType + "/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal) || pointer.IndexOf('/', prefix.Length) >= 0)
        {
            return null;
        }

        return Unescape(pointer.Substring(prefix.Length));
    }

    /// <summary>The pointer of the parent node, or <c>null</c> for the root.</summary>
    public static string? Parent(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer.Substring(0, slash);
    }

    /// <summary>Decodes <c>%XX</c> sequences (UTF-8) as used in URI fragments; invalid sequences stay as they are.</summary>
    public static string PercentDecode(string value)
    {
        if (value.IndexOf('%') < 0)
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                bytes.Add((byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2])));
                i += 2;
                continue;
            }

            Flush(bytes, builder);
            builder.Append(value[i]);
        }

        Flush(bytes, builder);
        return builder.ToString();
    }

    private static void Flush(List<byte> bytes, StringBuilder builder)
    {
        if (bytes.Count == 0)
        {
            return;
        }

        builder.Append(Encoding.UTF8.GetString(bytes.ToArray()));
        bytes.Clear();
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
