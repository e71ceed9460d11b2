using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits a <c>oneOf</c>/<c>anyOf</c> schema as an abstract record with a sealed nested record per alternative, so
/// that a user can <c>switch</c> on it; a value that fits no alternative is kept in the unknown case.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(ClientSpec client, UnionSpec spec)
    {
        var ns = client.Namespace;
        var json = JsonCode.For(client);
        var self = "global::" + ns + "." + spec.Name;
        var w = EmitHelpers.StartFile(ns);

        EmitHelpers.Summary(w, spec.Description, $"One of several shapes (<c>{EmitHelpers.Escape(spec.Name)}</c>).", null, "Switch on the nested records to tell the alternatives apart.");
        w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({self}.JsonConverter))]");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        EmitHelpers.Obsolete(w, spec.IsDeprecated);
        w.Open($"public abstract partial record {spec.Name}");
        w.Line($"private {spec.Name}()");
        w.Line("{");
        w.Line("}");
        w.Line();

        foreach (var @case in spec.Cases)
        {
            var type = TypeNames.Of(@case.Type, ns);
            w.Line($"/// <summary>The value is a <c>{EmitHelpers.Escape(@case.Name)}</c>.</summary>");
            w.Line($"/// <param name=\"Value\">The value.</param>");
            w.Line($"public sealed record {@case.Name}({type} Value) : {self};");
            w.Line();
        }

        w.Line("/// <summary>A value that matches none of the alternatives the spec lists, kept as JSON.</summary>");
        w.Line("/// <param name=\"Json\">The value.</param>");
        w.Line($"public sealed record {spec.UnknownCaseName}({TypeNames.JsonElement} Json) : {self};");
        w.Line();

        EmitHelpers.OpenConverter(w, spec.Name, self);
        w.Line("/// <summary>Reads the value the reader is positioned on, choosing the alternative it fits.</summary>");
        w.Open($"public static {self} ReadValue(ref {TypeNames.Reader} reader)");
        if (spec.Discriminator is not null)
        {
            EmitDiscriminatedRead(w, spec, json, self);
        }
        else
        {
            EmitStructuralRead(w, spec, json, self);
        }

        w.Close();
        w.Line();
        EmitWrite(w, spec, json, self, request: false);
        if (json.IsRequestShaped(spec.Name))
        {
            w.Line();
            EmitWrite(w, spec, json, self, request: true);
        }

        w.Close();
        w.Close();
        return EmitHelpers.EndFile(w);
    }

    /// <summary><c>WriteValue</c>, or for a <paramref name="request"/> <c>WriteRequestValue</c>: the case's value written as a request.</summary>
    private static void EmitWrite(SourceWriter w, UnionSpec spec, JsonCode json, string self, bool request)
    {
        w.Line(request
            ? "/// <summary>Writes the alternative the value holds for a request: without <c>readOnly</c> properties.</summary>"
            : "/// <summary>Writes the alternative the value holds.</summary>");
        w.Open($"public static void {(request ? "WriteRequestValue" : "WriteValue")}({TypeNames.Writer} writer, {self} value)");
        w.Open("switch (value)");
        var index = 0;
        foreach (var @case in spec.Cases)
        {
            var local = "c" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            w.Line($"case {self}.{@case.Name} {local}:");
            w.Indent();
            w.Line(json.Write(@case.Type, "writer", local + ".Value", request: request));
            w.Line("break;");
            w.Unindent();
        }

        w.Line($"case {self}.{spec.UnknownCaseName} unknown:");
        w.Indent();
        w.Line("unknown.Json.WriteTo(writer);");
        w.Line("break;");
        w.Unindent();
        w.Line("default:");
        w.Indent();
        w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(value));");
        w.Unindent();
        w.Close();
        w.Close();
    }

    private static void EmitDiscriminatedRead(SourceWriter w, UnionSpec spec, JsonCode json, string self)
    {
        w.Line("var probe = reader;");
        w.Line($"var tag = {json.Runtime}.FindStringProperty(ref probe, {JsonCode.Utf8(spec.Discriminator!)});");
        w.Open("switch (tag)");
        foreach (var @case in spec.Cases)
        {
            if (@case.DiscriminatorValues.IsEmpty)
            {
                continue;
            }

            foreach (var value in @case.DiscriminatorValues)
            {
                w.Line($"case {JsonCode.Literal(value)}:");
            }

            w.Indent();
            w.Line($"return new {self}.{@case.Name}({json.Read(@case.Type, "reader")});");
            w.Unindent();
        }

        w.Line("default:");
        w.Indent();
        w.Line($"return new {self}.{spec.UnknownCaseName}({TypeNames.JsonElement}.ParseValue(ref reader));");
        w.Unindent();
        w.Close();
    }

    /// <summary>
    /// Without a discriminator: every case scores how well the JSON fits it (<c>Runtime.Score</c>: kind, required,
    /// constant and known properties, closedness), and the cases that fit are tried best first.
    /// </summary>
    private static void EmitStructuralRead(SourceWriter w, UnionSpec spec, JsonCode json, string self)
    {
        w.Line($"var element = {TypeNames.JsonElement}.ParseValue(ref reader);");
        w.Line("var scores = new int[]");
        w.Open();
        foreach (var @case in spec.Cases)
        {
            var kind = "global::System.Text.Json.JsonValueKind." + (@case.JsonKind switch
            {
                JsonValueKindSpec.Object => "Object",
                JsonValueKindSpec.Array => "Array",
                JsonValueKindSpec.String => "String",
                JsonValueKindSpec.Number => "Number",
                JsonValueKindSpec.Boolean => "True",
                _ => "Undefined",
            });
            var closed = @case.IsClosed ? "true" : "false";
            w.Line($"{json.Runtime}.Score(element, {kind}, {Strings(@case.RequiredProperties)}, {Strings(@case.KnownProperties)}, {Strings(@case.Constants.Select(c => c.Property))}, {Strings(@case.Constants.Select(c => c.Value))}, {closed}),");
        }

        w.Close(";");
        w.Open($"foreach (var index in {json.Runtime}.Ranked(scores))");
        w.Open("switch (index)");
        var index = 0;
        foreach (var @case in spec.Cases)
        {
            var number = index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var caseType = TypeNames.Of(@case.Type, json.Namespace);
            w.Line($"case {number}:");
            w.Indent();
            w.Line($"if ({json.Runtime}.TryRead<{caseType}>(element, static (ref {TypeNames.Reader} r1) => {json.Read(@case.Type, "r1", 1)}, out var value{number})) return new {self}.{@case.Name}(value{number});");
            w.Line("break;");
            w.Unindent();
        }

        w.Close();
        w.Close();
        w.Line();
        w.Line($"return new {self}.{spec.UnknownCaseName}(element);");
    }

    private static string Strings(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "null" : "new string[] { " + string.Join(", ", list.Select(JsonCode.Literal)) + " }";
    }
}
