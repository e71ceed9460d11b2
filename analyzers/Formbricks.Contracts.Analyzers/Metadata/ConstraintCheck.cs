using System.Globalization;
using System.Text.RegularExpressions;

namespace Formbricks.Contracts.Analyzers.Metadata;

/// <summary>Checks a compile-time value against the spec's rules; the first broken rule is described as the spec writes it.</summary>
internal static class ConstraintCheck
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The rule a constant breaks (<c>maximum: 250</c>), or null.</summary>
    public static string? Broken(ConstraintInfo rules, object value)
    {
        if (ConstantValues.Number(value) is { } number)
        {
            return Number(rules, number);
        }

        return value is string text ? Text(rules, text) : null;
    }

    /// <summary>The item-count rule an array of <paramref name="count"/> items breaks, or null.</summary>
    public static string? BrokenCount(ConstraintInfo rules, int count) =>
        rules.MaxItems is { } max && count > max ? $"maxItems: {max}" : null;

    /// <summary>How the value is shown in the message.</summary>
    public static string Show(object value) => value switch
    {
        string text => "\"" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string? Number(ConstraintInfo rules, decimal number)
    {
        if (rules.Minimum is { } minimum && number < minimum)
        {
            return "minimum: " + Show(minimum);
        }

        if (rules.ExclusiveMinimum is { } exclusiveMinimum && number <= exclusiveMinimum)
        {
            return "exclusiveMinimum: " + Show(exclusiveMinimum);
        }

        if (rules.Maximum is { } maximum && number > maximum)
        {
            return "maximum: " + Show(maximum);
        }

        return rules.ExclusiveMaximum is { } exclusiveMaximum && number >= exclusiveMaximum ? "exclusiveMaximum: " + Show(exclusiveMaximum) : null;
    }

    private static string? Text(ConstraintInfo rules, string text)
    {
        if (!rules.Values.IsEmpty && !rules.Values.Contains(text, StringComparer.Ordinal))
        {
            return "enum: [" + string.Join(", ", rules.Values) + "]";
        }

        if (rules.MinLength is { } minLength && text.Length < minLength)
        {
            return $"minLength: {minLength} (the value has {text.Length} characters)";
        }

        if (rules.MaxLength is { } maxLength && text.Length > maxLength)
        {
            return $"maxLength: {maxLength} (the value has {text.Length} characters)";
        }

        if (rules.MaxListItems is { } maxListItems && text.Split(',').Length > maxListItems)
        {
            return $"at most {maxListItems} comma-separated items, x-formbricks-max-keys: {maxListItems} (the value has {text.Split(',').Length})";
        }

        return rules.Pattern is { } pattern && !Matches(pattern, text) ? "pattern: " + pattern : null;
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException)
        {
            return true; // a pattern .NET cannot read (ECMA-262 only) is not held against the caller
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
