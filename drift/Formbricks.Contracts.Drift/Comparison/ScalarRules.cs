using System.Globalization;
using Formbricks.Contracts.Drift.Model;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>The checks of one schema node that do not recurse: type, format, nullability, enum, constraints, default, discriminator.</summary>
internal static class ScalarRules
{
    /// <summary>The type flags, read once (<see cref="Enum.GetValues(Type)"/> allocates an array on every call).</summary>
    private static readonly JsonSchemaType[] TypeFlags = (JsonSchemaType[])Enum.GetValues(typeof(JsonSchemaType));

    private static readonly List<string> NoValues = [];

    /// <summary>Runs the checks; false when the type changed (nothing below it is compared then).</summary>
    public static bool Check(DiffSession session, ShapePair pair)
    {
        var b = pair.Base;
        var r = pair.Revision;
        var request = pair.Place.Direction == Direction.Request;
        // A schema made of oneOf/anyOf branches without a type of its own is compared branch by branch.
        var byBranches = (b.Types is null && (b.OneOf.Count > 0 || b.AnyOf.Count > 0)) || (r.Types is null && (r.OneOf.Count > 0 || r.AnyOf.Count > 0));
        var typeOk = byBranches || (request ? Covers(r.Types, b.Types) : Covers(b.Types, r.Types));
        if (!typeOk)
        {
            pair.Report("type-changed", $"type changed from {TypeText(b.Types)} to {TypeText(r.Types)}", At(r, "type"), inBase: false);
            return false;
        }

        if (request ? r.Format is not null && r.Format != b.Format : b.Format is not null && r.Format != b.Format)
        {
            pair.Report("format-changed", $"format changed from {Text(b.Format)} to {Text(r.Format)}", At(r, "format"), inBase: false);
        }

        if (request && b.Nullable && !r.Nullable)
        {
            pair.Report("became-not-nullable", "null is no longer accepted", r.Pointer, inBase: false);
        }
        else if (!request && !b.Nullable && r.Nullable)
        {
            pair.Report("became-nullable", "may now be null", r.Pointer, inBase: false);
        }

        CheckEnum(session, pair, request);
        AdditionalPropertiesRules.Check(session, pair);
        if (request)
        {
            ConstraintRules.Check(session, pair);
        }

        if (b.Discriminator is not null && b.Discriminator != r.Discriminator)
        {
            pair.Report("discriminator-changed", $"discriminator changed from {b.Discriminator} to {Text(r.Discriminator)}", At(r, "discriminator"), inBase: false);
        }

        return true;
    }

    private static void CheckEnum(DiffSession session, ShapePair pair, bool request)
    {
        var b = pair.Base;
        var r = pair.Revision;
        if (request && r.Enum is not null)
        {
            if (b.Enum is null)
            {
                pair.Report("enum-value-removed", $"is now restricted to {string.Join(", ", r.Enum)}", At(r, "enum"), inBase: false);
                return;
            }

            var removed = Missing(b.Enum, r.Enum);
            if (removed.Count > 0)
            {
                pair.Report("enum-value-removed", $"enum value{Plural(removed)} {string.Join(", ", removed)} removed", At(b, "enum"), inBase: true);
            }
        }
        else if (!request && b.Enum is not null)
        {
            if (r.Enum is null)
            {
                pair.Report("enum-value-added", $"is no longer restricted to {string.Join(", ", b.Enum)}", r.Pointer, inBase: false);
                return;
            }

            var added = Missing(r.Enum, b.Enum);
            if (added.Count > 0)
            {
                pair.Report("enum-value-added", $"enum value{Plural(added)} {string.Join(", ", added)} added", At(r, "enum"), inBase: false);
            }
        }
    }

    /// <summary>The values of <paramref name="values"/> not in <paramref name="other"/>, in order (a loop: a lambda over both would allocate at every check).</summary>
    private static List<string> Missing(List<string> values, List<string> other)
    {
        List<string>? missing = null;
        foreach (var value in values)
        {
            if (!other.Contains(value))
            {
                (missing ??= []).Add(value);
            }
        }

        return missing ?? NoValues;
    }

    /// <summary>Whether every value of type <paramref name="narrow"/> is of type <paramref name="wide"/> (null = any type).</summary>
    internal static bool Covers(JsonSchemaType? wide, JsonSchemaType? narrow)
    {
        if (wide is not { } w)
        {
            return true;
        }

        if (narrow is not { } n)
        {
            return false;
        }

        foreach (var flag in TypeFlags)
        {
            if (flag == JsonSchemaType.Null || (n & flag) == 0 || (w & flag) != 0)
            {
                continue;
            }

            if (flag == JsonSchemaType.Integer && (w & JsonSchemaType.Number) != 0)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    internal static string TypeText(JsonSchemaType? type)
    {
        if (type is not { } flags)
        {
            return "any";
        }

        var names = new List<string>();
        foreach (var flag in TypeFlags)
        {
            if (flag != JsonSchemaType.Null && (flags & flag) != 0)
            {
                names.Add(flag.ToString().ToLowerInvariant());
            }
        }

        return string.Join("|", names);
    }

    internal static string At(SchemaShape shape, string keyword) => SpecSide.Append(shape.Pointer, keyword);

    internal static string Text(object? value) => value switch
    {
        null => "(none)",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "(none)",
    };

    private static string Plural(List<string> values) => values.Count == 1 ? string.Empty : "s";
}
