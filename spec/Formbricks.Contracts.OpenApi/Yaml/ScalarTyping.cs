using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpYaml;
using SharpYaml.Events;

namespace Formbricks.Contracts.OpenApi.Yaml;

/// <summary>
/// YAML 1.2 core-schema typing of scalars: plain scalars become null, booleans, integers or floats when they look
/// like one; quoted and block scalars are always strings. Numbers keep their source text (a JSON number with the
/// same digits) so that a field OpenAPI reads as a string, such as <c>info.version: 2.0</c>, still reads as "2.0".
/// </summary>
internal static class ScalarTyping
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static JsonNode? ToNode(Scalar scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (!string.IsNullOrEmpty(scalar.Tag))
        {
            if (string.Equals(scalar.Tag, StringTag, StringComparison.Ordinal) ||
                string.Equals(scalar.Tag, "!", StringComparison.Ordinal))
            {
                return JsonValue.Create(value);
            }
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return TypePlain(value);
    }

    public static JsonNode? TypePlain(string value)
    {
        switch (value)
        {
            case "":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return null;
            case "true":
            case "True":
            case "TRUE":
                return JsonValue.Create(true);
            case "false":
            case "False":
            case "FALSE":
                return JsonValue.Create(false);
        }

        var first = value[0];
        if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9')))
        {
            return JsonValue.Create(value);
        }

        if (IsJsonNumber(value))
        {
            return ParseJsonNumber(value) ?? JsonValue.Create(value);
        }

        return TypeYamlOnlyNumber(value) ?? JsonValue.Create(value);
    }

    /// <summary>Integers and floats that YAML's core schema accepts but JSON spells differently (+1, 0x1F, 0o17, .5, 1.).</summary>
    private static JsonValue? TypeYamlOnlyNumber(string value)
    {
        if (value.StartsWith("0x", StringComparison.Ordinal) && value.Length > 2 &&
            long.TryParse(value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) &&
            hex >= 0)
        {
            return JsonValue.Create(hex);
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && value.Length > 2)
        {
            long octal = 0;
            for (var i = 2; i < value.Length; i++)
            {
                var c = value[i];
                if (c < '0' || c > '7' || octal > (long.MaxValue >> 3))
                {
                    return null;
                }

                octal = (octal << 3) + (c - '0');
            }

            return JsonValue.Create(octal);
        }

        // [-+]?[0-9]+ with leading zeros or '+', and floats like .5, 1., +1.5e3
        if (!IsYamlFloatOrInt(value))
        {
            return null;
        }

        var canonical = value.StartsWith("+", StringComparison.Ordinal) ? value.Substring(1) : value;
        if (decimal.TryParse(canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var dec))
        {
            var isInteger = canonical.IndexOf('.') < 0 && canonical.IndexOf('e') < 0 && canonical.IndexOf('E') < 0;
            return isInteger && dec >= long.MinValue && dec <= long.MaxValue
                ? JsonValue.Create((long)dec)
                : JsonValue.Create(dec);
        }

        if (double.TryParse(canonical, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) &&
            !double.IsInfinity(dbl) && !double.IsNaN(dbl))
        {
            return JsonValue.Create(dbl);
        }

        return null;
    }

    private static JsonNode? ParseJsonNumber(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?</summary>
    private static bool IsJsonNumber(string s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        if (i >= s.Length || !IsDigit(s[i]))
        {
            return false;
        }

        if (s[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (i >= s.Length || !IsDigit(s[i]))
            {
                return false;
            }

            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }
        }

        return ScanExponent(s, i);
    }

    /// <summary>YAML core float/int: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</summary>
    private static bool IsYamlFloatOrInt(string s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            i++;
        }

        var digits = 0;
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        return digits > 0 && ScanExponent(s, i);
    }

    private static bool ScanExponent(string s, int i)
    {
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            if (i >= s.Length || !IsDigit(s[i]))
            {
                return false;
            }

            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }
        }

        return i == s.Length;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
