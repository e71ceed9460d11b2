using System.Globalization;
using System.Text;

namespace Formbricks.Contracts.Fakes.Http;

/// <summary>
/// <c>JSON.parse</c> accepts a <c>\uD800</c>–<c>\uDFFF</c> escape that is not half of a pair; .NET strings read
/// through System.Text.Json refuse it (an exception, i.e. a 500). Before parsing, each such escape becomes
/// <c>\uFFFD</c>: what Node writes for a lone surrogate when the string leaves as UTF-8 (into the database or a
/// response), and of the same length, so zod's length checks count alike.
/// </summary>
internal static class LoneSurrogates
{
    private const string Replacement = "\\uFFFD";

    /// <summary>The JSON text with every lone surrogate escape replaced; the same instance when there is none.</summary>
    public static string Replace(string json)
    {
        if (!json.Contains("\\u", StringComparison.OrdinalIgnoreCase))
        {
            return json;
        }

        StringBuilder? result = null;
        var copied = 0;
        var i = 0;
        while (i < json.Length)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                i++;
                continue;
            }

            if (json[i + 1] != 'u' || !TryUnit(json, i, out var unit) || !char.IsSurrogate(unit))
            {
                i += 2; // any other escape, "\\" included, is two characters
                continue;
            }

            if (char.IsHighSurrogate(unit) && TryUnit(json, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                i += 12;
                continue;
            }

            result ??= new StringBuilder(json.Length);
            result.Append(json, copied, i - copied).Append(Replacement);
            i += 6;
            copied = i;
        }

        return result is null ? json : result.Append(json, copied, json.Length - copied).ToString();
    }

    /// <summary>The code unit of a <c>\uXXXX</c> escape starting at <paramref name="at"/>.</summary>
    private static bool TryUnit(string json, int at, out char unit)
    {
        unit = '\0';
        if (at + 6 > json.Length || json[at] != '\\' || json[at + 1] != 'u'
            || !ushort.TryParse(json.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }
}
