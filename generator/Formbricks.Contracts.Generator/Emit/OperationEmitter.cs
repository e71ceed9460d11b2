using System.Globalization;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>Emits one operation as an async method of the client (and its error reader).</summary>
internal static class OperationEmitter
{
    public static void Emit(SourceWriter w, ClientSpec client, OperationSpec operation)
    {
        var ns = client.Namespace;
        var json = JsonCode.For(client);
        var runtime = json.Runtime;
        var ordered = Ordered(operation, ns, client);

        EmitHelpers.Summary(w, operation.Summary, $"Calls <c>{operation.HttpMethod} {EmitHelpers.Escape(operation.PathTemplate)}</c>.", operation.Description);
        foreach (var (name, doc, _) in ordered)
        {
            w.Line($"/// <param name=\"{name.TrimStart('@')}\">{doc}</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        w.Line(operation.ResponseType is null ? "/// <returns>A task that completes when the call succeeded.</returns>" : "/// <returns>The response body.</returns>");
        w.Line($"/// <exception cref=\"global::{ns}.{client.ExceptionName}\">The API answered with a status that is not a success.</exception>");
        w.Line("/// <exception cref=\"global::System.Net.Http.HttpRequestException\">The request could not be sent or the connection failed.</exception>");
        MetadataEmitter.Operation(w, client, operation);
        var returnType = operation.ResponseType is null
            ? "global::System.Threading.Tasks.Task"
            : "global::System.Threading.Tasks.Task<" + TypeNames.Of(operation.ResponseType, ns) + ">";
        var parameters = string.Join(", ", ordered.Select(p => p.Declaration).Concat(["global::System.Threading.CancellationToken cancellationToken = default"]));
        w.Open($"public async {returnType} {operation.MethodName}({parameters})");

        EmitPath(w, operation, runtime);
        EmitQuery(w, operation, json);
        w.Line($"using var __request = new global::System.Net.Http.HttpRequestMessage({ClientEmitter.MethodExpression(operation.HttpMethod)}, CreateUri(__path, __query));");
        EmitHeaders(w, operation, runtime);
        EmitBody(w, client, operation, json);

        var errorReader = operation.Errors.IsEmpty ? "null" : ErrorReaderName(operation);
        var useApiKey = operation.UsesApiKey ? "true" : "false";
        var send = $"await SendAsync(__request, {JsonCode.Literal(operation.PathTemplate)}, {useApiKey}, {errorReader}, cancellationToken).ConfigureAwait(false)";
        if (operation.ResponseType is null)
        {
            w.Line(send + ";");
        }
        else
        {
            w.Line($"var __body = {send};");
            w.Line($"return {runtime}.Deserialize(__body, static (ref {TypeNames.Reader} r) => {json.Read(operation.ResponseType, "r")});");
        }

        w.Close();
        w.Line();

        if (!operation.Errors.IsEmpty)
        {
            EmitErrorReader(w, operation, json);
        }
    }

    public static string ErrorReaderName(OperationSpec operation) =>
        "Read" + (operation.MethodName.EndsWith("Async", StringComparison.Ordinal) ? operation.MethodName.Substring(0, operation.MethodName.Length - 5) : operation.MethodName) + "Error";

    /// <summary>The method's parameters in signature order: required first, then the body, then optional ones.</summary>
    public static List<(string Name, string Doc, string Declaration)> Ordered(OperationSpec operation, string ns, ClientSpec? client = null)
    {
        var required = new List<(string, string, string)>();
        var optional = new List<(string, string, string)>();
        foreach (var parameter in operation.Parameters)
        {
            var type = TypeNames.ForMember(parameter.Type, parameter.IsRequired);
            var fallback = $"The <c>{EmitHelpers.Escape(parameter.WireName)}</c> {parameter.Location.ToString().ToLowerInvariant()} parameter.";
            var doc = EmitHelpers.DocText(parameter.Description, fallback);
            if (parameter.DefaultValueText is { } defaultValue)
            {
                doc += $" The server's default is <c>{EmitHelpers.Escape(defaultValue)}</c>.";
            }

            var attribute = client is null ? string.Empty : MetadataEmitter.Constraint(client, parameter.Constraints);
            var entry = (parameter.Name, doc, parameter.IsRequired ? $"{attribute}{TypeNames.Of(type, ns)} {parameter.Name}" : $"{attribute}{TypeNames.Of(type, ns)} {parameter.Name} = null");
            (parameter.IsRequired ? required : optional).Add(entry);
        }

        if (operation.Body is { } body)
        {
            var type = TypeNames.ForMember(body.Type, body.IsRequired);
            var doc = EmitHelpers.DocText(body.Description, "The request body.");
            if (body.IsRequired)
            {
                required.Add((body.Name, doc, $"{TypeNames.Of(type, ns)} {body.Name}"));
            }
            else
            {
                optional.Insert(0, (body.Name, doc, $"{TypeNames.Of(type, ns)} {body.Name} = null"));
            }
        }

        required.AddRange(optional);
        return required;
    }

    private static void EmitPath(SourceWriter w, OperationSpec operation, string runtime)
    {
        var parts = new List<string>();
        var template = operation.PathTemplate;
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            if (open < 0)
            {
                parts.Add(JsonCode.Literal(template.Substring(index)));
                break;
            }

            if (open > index)
            {
                parts.Add(JsonCode.Literal(template.Substring(index, open - index)));
            }

            var close = template.IndexOf('}', open);
            var wire = template.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocationSpec.Path && p.WireName == wire);
            parts.Add(parameter is null
                ? JsonCode.Literal("{" + wire + "}")
                : $"global::System.Uri.EscapeDataString({Format(parameter.Type, parameter.Name, runtime)})");
            index = close + 1;
        }

        w.Line("var __path = " + (parts.Count == 0 ? "\"\"" : string.Join(" + ", parts)) + ";");
    }

    private static void EmitQuery(SourceWriter w, OperationSpec operation, JsonCode json)
    {
        var runtime = json.Runtime;
        w.Line("global::System.Text.StringBuilder? __query = null;");
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocationSpec.Query))
        {
            if (parameter.Type.IsStructured)
            {
                EmitObjectQuery(w, parameter, json);
                continue;
            }

            EmitEach(w, parameter, runtime, value => $"{runtime}.AppendQuery(__query ??= new global::System.Text.StringBuilder(), {JsonCode.Literal(parameter.WireName)}, {value});");
        }
    }

    /// <summary>An object or map query parameter: written as JSON, then as query pairs by its style (<see cref="ObjectQueryStyle"/>).</summary>
    private static void EmitObjectQuery(SourceWriter w, ParameterSpec parameter, JsonCode json)
    {
        var type = TypeNames.ForMember(parameter.Type, parameter.IsRequired);
        var value = OpenUnwrapped(w, type, parameter.Name, parameter.Local);
        var style = ((int)parameter.ObjectStyle).ToString(CultureInfo.InvariantCulture);
        w.Line($"{json.Runtime}.AppendObjectQuery(__query ??= new global::System.Text.StringBuilder(), {JsonCode.Literal(parameter.WireName)}, {Serialize(json, type, value)}, {style});");
        w.Close();
    }

    /// <summary>Opens a block in which the value is not null (an <c>if</c> that unwraps it into <paramref name="local"/> when its type is nullable); returns the expression to use.</summary>
    private static string OpenUnwrapped(SourceWriter w, TypeRef type, string name, string local)
    {
        if (type.IsNullable)
        {
            w.Open($"if ({name} is {{ }} {local})");
            return local;
        }

        w.Open();
        return name;
    }

    /// <summary>An expression that writes <paramref name="value"/> as the JSON bytes of a request (no <c>readOnly</c> property).</summary>
    public static string Serialize(JsonCode json, TypeRef type, string value) =>
        $"{json.Runtime}.Serialize({value}, static (w, v) => {{ {json.Write(type.WithNullable(false), "w", "v", request: true)} }})";

    private static void EmitHeaders(SourceWriter w, OperationSpec operation, string runtime)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocationSpec.Header))
        {
            EmitEach(w, parameter, runtime, value => $"__request.Headers.TryAddWithoutValidation({JsonCode.Literal(parameter.WireName)}, {value});");
        }
    }

    /// <summary>Writes a statement per value of the parameter (one, none when null, one per array item).</summary>
    private static void EmitEach(SourceWriter w, ParameterSpec parameter, string runtime, Func<string, string> statement)
    {
        var type = TypeNames.ForMember(parameter.Type, parameter.IsRequired);
        var value = OpenUnwrapped(w, type, parameter.Name, parameter.Local);

        if (type.Kind == TypeKind.Array)
        {
            w.Open($"foreach (var __item in {value})");
            w.Line(statement(Format(type.Element!.WithNullable(false), "__item", runtime, type.Element!.IsNullable)));
            w.Close();
        }
        else
        {
            w.Line(statement(Format(type.WithNullable(false), value, runtime)));
        }

        w.Close();
    }

    private static string Format(TypeRef type, string value, string runtime, bool nullableItem = false)
    {
        var text = type.Kind == TypeKind.Named ? $"{runtime}.Format({value}.ToString())" : $"{runtime}.Format({value})";
        return nullableItem ? $"({value} is null ? \"\" : {text})" : text;
    }

    private static void EmitBody(SourceWriter w, ClientSpec client, OperationSpec operation, JsonCode json)
    {
        if (operation.Body is not { } body)
        {
            return;
        }

        var type = TypeNames.ForMember(body.Type, body.IsRequired);
        var value = OpenUnwrapped(w, type, body.Name, body.Local);
        if (body.ContentType is RequestBodySpec.FormContentType or RequestBodySpec.MultipartContentType
            && client.Types.OfType<ObjectSpec>().FirstOrDefault(t => t.Name == body.Type.Name) is { } form)
        {
            FormBodyEmitter.Emit(w, form, body.ContentType == RequestBodySpec.MultipartContentType, value, json);
            w.Close();
            return;
        }

        if (body.Type.Kind == TypeKind.Stream)
        {
            w.Line($"__request.Content = new global::System.Net.Http.StreamContent({value});");
            w.Line($"__request.Content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue({JsonCode.Literal(body.ContentType)});");
            w.Close();
            return;
        }

        w.Line($"__request.Content = new global::System.Net.Http.ByteArrayContent({Serialize(json, type, value)});");
        w.Line($"__request.Content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue({JsonCode.Literal(body.ContentType)}) {{ CharSet = \"utf-8\" }};");
        w.Close();
    }

    private static void EmitErrorReader(SourceWriter w, OperationSpec operation, JsonCode json)
    {
        w.Open($"private static object? {ErrorReaderName(operation)}(int status, byte[] body)");
        string Read(TypeRef type) => $"{json.Runtime}.TryDeserialize(body, static (ref {TypeNames.Reader} r) => {json.Read(type, "r")})";
        var exact = operation.Errors.Where(e => int.TryParse(e.Status, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
        if (exact.Count > 0)
        {
            w.Open("switch (status)");
            foreach (var group in exact.GroupBy(e => e.Type))
            {
                foreach (var error in group)
                {
                    w.Line($"case {error.Status}:");
                }

                w.Indent();
                w.Line($"return {Read(group.Key)};");
                w.Unindent();
            }

            w.Close();
        }

        foreach (var error in operation.Errors.Where(e => e.Status.Length == 3 && e.Status.EndsWith("XX", StringComparison.OrdinalIgnoreCase)))
        {
            var low = (error.Status[0] - '0') * 100;
            w.Line($"if (status >= {low} && status < {low + 100}) return {Read(error.Type)};");
        }

        var fallback = operation.Errors.FirstOrDefault(e => e.Status == "default");
        w.Line(fallback is null ? "return null;" : $"return {Read(fallback.Type)};");
        w.Close();
        w.Line();
    }
}
