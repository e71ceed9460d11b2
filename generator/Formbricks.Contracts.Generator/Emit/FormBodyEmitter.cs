using System.Globalization;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits the content of a form (<c>application/x-www-form-urlencoded</c>) or multipart (<c>multipart/form-data</c>)
/// request body from the body object's properties: a field (or part) per property that has a value, one per item of
/// an array; a string as it is, anything else as its JSON text; a <see cref="TypeKind.File"/> property as a file
/// part with its stream and file name. A <c>readOnly</c> property is not sent.
/// </summary>
internal static class FormBodyEmitter
{
    public static void Emit(SourceWriter w, ObjectSpec form, bool multipart, string value, JsonCode json)
    {
        w.Line(multipart
            ? "var __form = new global::System.Net.Http.MultipartFormDataContent();"
            : "var __fields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
        var index = 0;
        foreach (var property in form.Properties.Where(p => !p.IsReadOnly))
        {
            var type = TypeNames.ForMember(property.Type, property.IsRequired);
            var local = "__part_" + index++.ToString(CultureInfo.InvariantCulture);
            var name = JsonCode.Literal(property.JsonName);
            w.Open(type.IsNullable ? $"if ({value}.{property.Name} is {{ }} {local})" : $"var {local} = {value}.{property.Name};");

            if (type.Kind == TypeKind.File && multipart)
            {
                w.Line($"__form.Add(new global::System.Net.Http.StreamContent({local}.Content), {name}, {local}.FileName);");
            }
            else if (type is { Kind: TypeKind.Array, Element.Kind: TypeKind.File } && multipart)
            {
                // A part per file; a null item (a nullable item schema) sends no part.
                w.Open($"foreach (var __file in {local})");
                w.Line(type.Element.IsNullable
                    ? $"if (__file is {{ }} __present) __form.Add(new global::System.Net.Http.StreamContent(__present.Content), {name}, __present.FileName);"
                    : $"__form.Add(new global::System.Net.Http.StreamContent(__file.Content), {name}, __file.FileName);");
                w.Close();
            }
            else
            {
                w.Open($"foreach (var __text in {json.Runtime}.FormTexts({OperationEmitter.Serialize(json, type, local)}))");
                w.Line(multipart
                    ? $"__form.Add(new global::System.Net.Http.StringContent(__text), {name});"
                    : $"__fields.Add(new global::System.Collections.Generic.KeyValuePair<string, string>({name}, __text));");
                w.Close();
            }

            w.Close();
        }

        w.Line(multipart ? "__request.Content = __form;" : "__request.Content = new global::System.Net.Http.FormUrlEncodedContent(__fields);");
    }
}
