using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits an enum schema as an extensible struct: a static property per listed value, and any other value the
/// server sends is kept as it is (<c>IsKnown</c> is false) instead of failing, so it round-trips.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(ClientSpec client, EnumSpec spec)
    {
        var ns = client.Namespace;
        var self = "global::" + ns + "." + spec.Name;
        var valueType = spec.IsInteger ? "long" : "string";
        var w = EmitHelpers.StartFile(ns);

        EmitHelpers.Summary(w, spec.Description, $"The values of <c>{EmitHelpers.Escape(spec.Name)}</c>.", null, "Values the spec does not list are kept as they are: see <see cref=\"IsKnown\"/>.");
        w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({self}.JsonConverter))]");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        EmitHelpers.Obsolete(w, spec.IsDeprecated);
        w.Open($"public readonly partial struct {spec.Name} : global::System.IEquatable<{self}>");

        if (spec.IsInteger)
        {
            w.Line("private readonly long _value;");
            w.Line();
            w.Line("/// <summary>Creates a value; the static properties hold the values the spec lists.</summary>");
            w.Line("/// <param name=\"value\">The value as sent on the wire.</param>");
            w.Line($"public {spec.Name}(long value) => _value = value;");
            w.Line();
            w.Line("/// <summary>The value as sent on the wire.</summary>");
            w.Line("public long Value => _value;");
        }
        else
        {
            w.Line("private readonly string? _value;");
            w.Line();
            w.Line("/// <summary>Creates a value; the static properties hold the values the spec lists.</summary>");
            w.Line("/// <param name=\"value\">The value as sent on the wire.</param>");
            w.Line($"public {spec.Name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            w.Line();
            w.Line("/// <summary>The value as sent on the wire.</summary>");
            w.Line("public string Value => _value ?? string.Empty;");
        }

        w.Line();
        foreach (var member in spec.Members)
        {
            w.Line($"/// <summary>The value <c>{EmitHelpers.Escape(member.Value)}</c>.</summary>");
            w.Line($"public static {self} {member.Name} {{ get; }} = new({Literal(spec, member.Value)});");
            w.Line();
        }

        w.Line("/// <summary>Every value the spec lists, in its order.</summary>");
        var all = string.Join(", ", spec.Members.Select(m => m.Name));
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{self}> KnownValues {{ get; }} = new {self}[] {{ {all} }};");
        w.Line();
        w.Line("/// <summary>True when the value is one the spec lists.</summary>");
        var known = spec.Members.Count == 0 ? "false" : string.Join(" or ", spec.Members.Select(m => Literal(spec, m.Value)));
        w.Line(spec.Members.Count == 0 ? "public bool IsKnown => false;" : $"public bool IsKnown => Value is {known};");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line(spec.IsInteger
            ? $"public bool Equals({self} other) => Value == other.Value;"
            : $"public bool Equals({self} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override bool Equals(object? obj) => obj is {self} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line(spec.IsInteger
            ? "public override int GetHashCode() => Value.GetHashCode();"
            : "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Line("/// <summary>The value as sent on the wire.</summary>");
        w.Line(spec.IsInteger
            ? "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
            : "public override string ToString() => Value;");
        w.Line();
        w.Line("/// <summary>Compares two values.</summary>");
        w.Line($"public static bool operator ==({self} left, {self} right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Compares two values.</summary>");
        w.Line($"public static bool operator !=({self} left, {self} right) => !left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Wraps a wire value.</summary>");
        w.Line($"public static implicit operator {self}({valueType} value) => new(value);");
        w.Line();

        EmitHelpers.OpenConverter(w, spec.Name, self);
        var runtime = JsonCode.For(client).Runtime;
        w.Line("/// <summary>Reads the value the reader is positioned on.</summary>");
        w.Line(spec.IsInteger
            ? $"public static {self} ReadValue(ref {TypeNames.Reader} reader) => new({runtime}.ReadInt64(ref reader));"
            : $"public static {self} ReadValue(ref {TypeNames.Reader} reader) => new({runtime}.ReadString(ref reader));");
        w.Line();
        w.Line("/// <summary>Writes the wire value.</summary>");
        w.Line(spec.IsInteger
            ? $"public static void WriteValue({TypeNames.Writer} writer, {self} value) => writer.WriteNumberValue(value.Value);"
            : $"public static void WriteValue({TypeNames.Writer} writer, {self} value) => writer.WriteStringValue(value.Value);");
        w.Close();
        w.Close();
        return EmitHelpers.EndFile(w);
    }

    private static string Literal(EnumSpec spec, string value) =>
        spec.IsInteger ? value + "L" : JsonCode.Literal(value);
}
