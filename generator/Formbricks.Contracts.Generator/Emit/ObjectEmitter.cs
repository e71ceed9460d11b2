using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Emits an object schema as a record with a nested reflection-free JSON converter.</summary>
internal static class ObjectEmitter
{
    public static string Emit(ClientSpec client, ObjectSpec spec)
    {
        var ns = client.Namespace;
        var json = JsonCode.For(client);
        var self = "global::" + ns + "." + spec.Name;
        var w = EmitHelpers.StartFile(ns);

        EmitHelpers.Summary(w, spec.Description, $"The <c>{EmitHelpers.Escape(spec.Name)}</c> object of the API.", remarksXml: PresenceRules(spec));
        w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({self}.JsonConverter))]");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        EmitHelpers.Obsolete(w, spec.IsDeprecated);
        w.Open($"public sealed partial record {spec.Name}");

        foreach (var property in spec.Properties)
        {
            var type = TypeNames.ForMember(property.Type, property.IsRequired);
            // C# forbids [Obsolete] on a required member (CS9042): a required deprecated member says so in its docs only.
            // A read-only member says so too: it is not required here, and requests leave it out.
            var notes = new[]
            {
                property.IsDeprecated && property.IsRequired ? "Deprecated in the OpenAPI document." : null,
                property.IsReadOnly ? "Read-only: sent by the server, left out when the object is sent in a request." : null,
            };
            var note = string.Join(" ", notes.Where(n => n is not null));
            EmitHelpers.Summary(w, property.Description, $"The <c>{EmitHelpers.Escape(property.JsonName)}</c> property.", note.Length == 0 ? null : note);
            EmitHelpers.Obsolete(w, property.IsDeprecated && !property.IsRequired);
            var required = property.IsRequired ? "required " : string.Empty;
            var constraint = MetadataEmitter.Constraint(client, property.Constraints);
            if (constraint.Length > 0)
            {
                w.Line(constraint.TrimEnd());
            }

            w.Line($"public {required}{TypeNames.Of(type, ns)} {property.Name} {{ get; init; }}");
            w.Line();
        }

        var extraType = spec.AdditionalValues ?? TypeRef.Any;
        var extraDictionary = "global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeNames.Of(extraType, ns) + ">";
        EmitHelpers.Summary(
            w,
            null,
            spec.AdditionalValues is null
                ? "Members of the JSON object that the spec does not declare, kept so that they round-trip."
                : "The object's additional members (<c>additionalProperties</c>).");
        w.Line($"public {extraDictionary}? {spec.AdditionalPropertiesName} {{ get; init; }}");
        w.Line();

        EmitConverter(w, spec, ns, self, json, extraType);
        w.Close();
        return EmitHelpers.EndFile(w);
    }

    /// <summary>The object's presence rules as one XML doc line (<c>At least one of these must be present: …</c>), or null.</summary>
    private static string? PresenceRules(ObjectSpec spec)
    {
        if (spec.PresenceRules.IsEmpty)
        {
            return null;
        }

        return string.Join(" ", spec.PresenceRules.Select(rule =>
            (rule.ExactlyOne ? "Exactly one of these must be present: " : "At least one of these must be present: ")
            + string.Join("; ", rule.Alternatives.Select(set => string.Join(" and ", set.Select(p => $"<c>{EmitHelpers.Escape(p)}</c>"))))
            + "."));
    }

    private static void EmitConverter(SourceWriter w, ObjectSpec spec, string ns, string self, JsonCode json, TypeRef extraType)
    {
        EmitHelpers.OpenConverter(w, spec.Name, self);

        w.Line("/// <summary>Reads the object the reader is positioned on.</summary>");
        w.Open($"public static {self} ReadValue(ref {TypeNames.Reader} reader)");
        w.Line($"{json.Runtime}.ExpectStartObject(ref reader, {JsonCode.Literal(spec.Name)});");
        for (var i = 0; i < spec.Properties.Count; i++)
        {
            var property = spec.Properties[i];
            var local = TypeNames.ForMember(property.Type, property.IsRequired).WithNullable(true);
            w.Line($"{TypeNames.Of(local, ns)} p{i} = default;");
            if (property.IsRequired)
            {
                w.Line($"bool has{i} = false;");
            }
        }

        var extraValue = "global::System.Collections.Generic.Dictionary<string, " + TypeNames.Of(extraType, ns) + ">";
        w.Line($"{extraValue}? extra = null;");
        w.Open($"while (reader.Read() && reader.TokenType != {TypeNames.TokenType}.EndObject)");
        for (var i = 0; i < spec.Properties.Count; i++)
        {
            var property = spec.Properties[i];
            var keyword = i == 0 ? "if" : "else if";
            w.Open($"{keyword} (reader.ValueTextEquals({JsonCode.Utf8(property.JsonName)}))");
            w.Line("reader.Read();");
            var readType = property.IsRequired ? property.Type : property.Type.WithNullable(true);
            w.Line($"p{i} = {json.Read(readType, "reader")};");
            if (property.IsRequired)
            {
                w.Line($"has{i} = true;");
            }

            w.Close();
        }

        if (spec.Properties.Count > 0)
        {
            w.Open("else");
        }
        else
        {
            w.Open();
        }

        w.Line("var name = reader.GetString()!;");
        w.Line("reader.Read();");
        w.Line($"(extra ??= new {extraValue}(global::System.StringComparer.Ordinal))[name] = {json.Read(extraType, "reader")};");
        w.Close();
        w.Close();

        for (var i = 0; i < spec.Properties.Count; i++)
        {
            var property = spec.Properties[i];
            if (property.IsRequired)
            {
                w.Line($"if (!has{i}) throw {json.Runtime}.MissingProperty({JsonCode.Literal(spec.Name)}, {JsonCode.Literal(property.JsonName)});");
            }
        }

        w.Line($"return new {self}");
        w.Line("{");
        w.Indent();
        for (var i = 0; i < spec.Properties.Count; i++)
        {
            var property = spec.Properties[i];
            var memberType = TypeNames.ForMember(property.Type, property.IsRequired);
            var bang = property.IsRequired && !memberType.IsNullable ? (memberType.IsValueType ? ".GetValueOrDefault()" : "!") : string.Empty;
            w.Line($"{property.Name} = p{i}{bang},");
        }

        w.Line($"{spec.AdditionalPropertiesName} = extra,");
        w.Unindent();
        w.Line("};");
        w.Close();
        w.Line();

        EmitWrite(w, spec, self, json, extraType, request: false);
        if (json.IsRequestShaped(spec.Name))
        {
            w.Line();
            EmitWrite(w, spec, self, json, extraType, request: true);
        }

        w.Close();
    }

    /// <summary>
    /// <c>WriteValue</c>, every property (a response read and written back is unchanged), or for a
    /// <paramref name="request"/> <c>WriteRequestValue</c>: no <c>readOnly</c> property, nested values as requests too.
    /// </summary>
    private static void EmitWrite(SourceWriter w, ObjectSpec spec, string self, JsonCode json, TypeRef extraType, bool request)
    {
        if (request)
        {
            w.Line("/// <summary>Writes <paramref name=\"value\"/> as a JSON object for a request: without its <c>readOnly</c> properties.</summary>");
            w.Open($"public static void WriteRequestValue({TypeNames.Writer} writer, {self} value)");
        }
        else
        {
            w.Line("/// <summary>Writes <paramref name=\"value\"/> as a JSON object.</summary>");
            w.Open($"public static void WriteValue({TypeNames.Writer} writer, {self} value)");
        }

        w.Line("writer.WriteStartObject();");
        foreach (var property in spec.Properties.Where(p => !(request && p.IsReadOnly)))
        {
            var memberType = TypeNames.ForMember(property.Type, property.IsRequired);
            var access = "value." + property.Name;
            if (property.IsRequired)
            {
                w.Line($"writer.WritePropertyName({JsonCode.Utf8(property.JsonName)});");
                w.Line(json.Write(memberType, "writer", access, request: request));
            }
            else
            {
                w.Open($"if ({access} is {{ }} {property.Name.TrimStart('@')}Value)");
                w.Line($"writer.WritePropertyName({JsonCode.Utf8(property.JsonName)});");
                w.Line(json.Write(memberType.WithNullable(false), "writer", property.Name.TrimStart('@') + "Value", request: request));
                w.Close();
            }
        }

        w.Open($"if (value.{spec.AdditionalPropertiesName} is {{ }} additional)");
        w.Open("foreach (var pair in additional)");
        w.Line("writer.WritePropertyName(pair.Key);");
        w.Line(json.Write(extraType, "writer", "pair.Value", request: request));
        w.Close();
        w.Close();
        w.Line("writer.WriteEndObject();");
        w.Close();
    }
}
