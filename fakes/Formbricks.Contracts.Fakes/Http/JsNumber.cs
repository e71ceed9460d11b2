using System.Globalization;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>
/// JavaScript's <c>Number(text)</c>, which the real server's <c>z.coerce.number()</c> runs on query values, so that the
/// fake reads <c>limit=0x1A</c>, <c>limit=</c> or <c>limit=1_000</c> exactly as Formbricks does.
/// </summary>
internal static class JsNumber
{
    /// <summary>
    /// JavaScript's <c>Number(text)</c> (the spec's StringToNumber), which <c>z.coerce.number()</c> runs: JavaScript
    /// white space around the number is dropped (<c>\uFEFF</c> and the line separators too, not <c>\u0085</c>), blank
    /// text is 0, <c>0x</c>/<c>0o</c>/<c>0b</c> integers (either case, no sign), decimals such as <c>5.</c>, <c>.5</c>,
    /// <c>1e3</c> with an optional sign, and <c>Infinity</c>; anything else (<c>1_000</c>, <c>1e</c>, <c>infinity</c>) is NaN.
    /// </summary>
    public static double Parse(string raw)
    {
        var text = TrimJsWhiteSpace(raw);
        if (text.IsEmpty)
        {
            return 0;
        }

        if (text.Length > 2 && text[0] == '0' && (char.ToLowerInvariant(text[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 }) is var radix and > 0)
        {
            return RadixInteger(text[2..], radix);
        }

        var unsigned = text[0] is '+' or '-' ? text[1..] : text;
        if (unsigned.SequenceEqual("Infinity"))
        {
            return text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return IsDecimalLiteral(unsigned) ? double.Parse(text, Styles, CultureInfo.InvariantCulture) : double.NaN;
    }

    /// <summary>StrUnsignedDecimalLiteral without Infinity: <c>1</c>, <c>1.</c>, <c>1.5</c>, <c>.5</c>, each with an optional <c>e[+-]digits</c>.</summary>
    private static bool IsDecimalLiteral(ReadOnlySpan<char> text)
    {
        var i = 0;
        var digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++, digits++)
        {
        }

        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++, digits++)
            {
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponentStart = i;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
            }

            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>The digits after <c>0x</c>/<c>0o</c>/<c>0b</c> as a number (rounded to the nearest double), or NaN.</summary>
    private static double RadixInteger(ReadOnlySpan<char> digits, int radix)
    {
        var value = System.Numerics.BigInteger.Zero;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : int.MaxValue;
            if (digit >= radix)
            {
                return double.NaN;
            }

            value = (value * radix) + digit;
        }

        return (double)value;
    }

    /// <summary>Trims StrWhiteSpaceChar: TAB, VT, FF, ZWNBSP (<c>\uFEFF</c>), the Zs spaces, LF, CR, LS and PS.</summary>
    private static ReadOnlySpan<char> TrimJsWhiteSpace(string raw)
    {
        static bool IsJsWhiteSpace(char c) =>
            c is '\t' or '\v' or '\f' or '\uFEFF' or '\n' or '\r' or '\u2028' or '\u2029'
            || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

        var span = raw.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && IsJsWhiteSpace(span[start]))
        {
            start++;
        }

        while (end > start && IsJsWhiteSpace(span[end - 1]))
        {
            end--;
        }

        return span[start..end];
    }
}
