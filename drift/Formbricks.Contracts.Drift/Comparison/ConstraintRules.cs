using Formbricks.Contracts.Drift.Model;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>Request-side constraint checks: a bound, length, count, pattern or multipleOf that refuses values the base accepted, and a changed default.</summary>
internal static class ConstraintRules
{
    public static void Check(DiffSession session, ShapePair pair)
    {
        var b = pair.Base;
        var r = pair.Revision;
        if (r.Minimum is { } min && (b.Minimum is not { } baseMin || min.Value > baseMin.Value || (min.Value == baseMin.Value && min.Exclusive && !baseMin.Exclusive)))
        {
            pair.Report("min-increased", $"minimum raised from {Bound(b.Minimum)} to {min}", ScalarRules.At(r, min.Exclusive ? "exclusiveMinimum" : "minimum"), inBase: false);
        }

        if (r.Maximum is { } max && (b.Maximum is not { } baseMax || max.Value < baseMax.Value || (max.Value == baseMax.Value && max.Exclusive && !baseMax.Exclusive)))
        {
            pair.Report("max-decreased", $"maximum lowered from {Bound(b.Maximum)} to {max}", ScalarRules.At(r, max.Exclusive ? "exclusiveMaximum" : "maximum"), inBase: false);
        }

        if (r.MinLength is { } minLength && minLength > (b.MinLength ?? 0))
        {
            pair.Report("min-length-increased", $"minLength raised from {ScalarRules.Text(b.MinLength)} to {minLength}", ScalarRules.At(r, "minLength"), inBase: false);
        }

        if (r.MaxLength is { } maxLength && (b.MaxLength is not { } baseMaxLength || maxLength < baseMaxLength))
        {
            pair.Report("max-length-decreased", $"maxLength lowered from {ScalarRules.Text(b.MaxLength)} to {maxLength}", ScalarRules.At(r, "maxLength"), inBase: false);
        }

        if (r.Pattern is not null && b.Pattern is null)
        {
            pair.Report("pattern-added", $"pattern {r.Pattern} added", ScalarRules.At(r, "pattern"), inBase: false);
        }
        else if (r.Pattern is not null && r.Pattern != b.Pattern)
        {
            pair.Report("pattern-changed", $"pattern changed from {b.Pattern} to {r.Pattern}", ScalarRules.At(r, "pattern"), inBase: false);
        }

        if (r.MinItems is { } minItems && minItems > (b.MinItems ?? 0))
        {
            pair.Report("min-items-increased", $"minItems raised from {ScalarRules.Text(b.MinItems)} to {minItems}", ScalarRules.At(r, "minItems"), inBase: false);
        }

        if (r.MaxItems is { } maxItems && (b.MaxItems is not { } baseMaxItems || maxItems < baseMaxItems))
        {
            pair.Report("max-items-decreased", $"maxItems lowered from {ScalarRules.Text(b.MaxItems)} to {maxItems}", ScalarRules.At(r, "maxItems"), inBase: false);
        }

        if (r.MultipleOf is { } multiple && multiple != 0 && (b.MultipleOf is not { } baseMultiple ? multiple != 1 : baseMultiple % multiple != 0))
        {
            pair.Report("multiple-of-changed", $"multipleOf changed from {ScalarRules.Text(b.MultipleOf)} to {ScalarRules.Text(multiple)}", ScalarRules.At(r, "multipleOf"), inBase: false);
        }

        if (b.Default is not null && b.Default != r.Default)
        {
            pair.Report("default-changed", $"default changed from {b.Default} to {ScalarRules.Text(r.Default)}", ScalarRules.At(r.Default is null ? b : r, "default"), inBase: r.Default is null);
        }
    }

    private static string Bound(Bound? bound) => bound is { } b ? b.ToString() : "(none)";
}
