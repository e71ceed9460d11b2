using System.Text;
using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits what the Formbricks.Contracts analyzers read from the generated code: the two metadata attribute types (once
/// per generated namespace), their use on operations, parameters and properties, and the client's nested
/// <c>Operations</c> class of operation-id constants. The attributes are <c>[Conditional]</c>: the compiler sees
/// them, the built assembly does not carry them (unless <c>FORMBRICKS_CONTRACTS_METADATA</c> is defined).
/// </summary>
internal static class MetadataEmitter
{
    public const string ConstraintAttribute = "FormbricksConstraintAttribute";
    public const string OperationAttribute = "FormbricksOperationAttribute";
    public const string OperationsClass = "Operations";
    private const string Condition = "[global::System.Diagnostics.Conditional(\"FORMBRICKS_CONTRACTS_METADATA\")]";

    /// <summary>The file declaring the two attribute types in the spec's namespace.</summary>
    public static string EmitAttributes(ClientSpec client)
    {
        var w = EmitHelpers.StartFile(client.Namespace);
        w.Line("/// <summary>A value rule of the spec on a parameter or property, read by the Formbricks.Contracts analyzers (FBC0100).</summary>");
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Property, Inherited = false)]");
        w.Line(Condition);
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"internal sealed class {ConstraintAttribute} : global::System.Attribute");
        w.Line("/// <summary>Creates the attribute.</summary>");
        w.Line("/// <param name=\"location\">Where the rule is written: <c>file(line,column)</c>.</param>");
        w.Line($"public {ConstraintAttribute}(string location) => Location = location;");
        w.Line();
        w.Line("/// <summary>Where the rule is written: <c>file(line,column)</c>.</summary>");
        w.Line("public string Location { get; }");
        foreach (var (name, type, doc) in new[]
        {
            ("Minimum", "string?", "The inclusive lower bound (invariant number text)."),
            ("ExclusiveMinimum", "string?", "The exclusive lower bound (invariant number text)."),
            ("Maximum", "string?", "The inclusive upper bound (invariant number text)."),
            ("ExclusiveMaximum", "string?", "The exclusive upper bound (invariant number text)."),
            ("MinLength", "int", "The shortest string."),
            ("MaxLength", "int", "The longest string."),
            ("Pattern", "string?", "The regular expression a string matches."),
            ("MaxItems", "int", "The most items of an array."),
            ("MaxListItems", "int", "The most items of a comma-separated list."),
            ("Values", "string[]?", "The only values a string may have."),
        })
        {
            w.Line();
            w.Line($"/// <summary>{doc}</summary>");
            w.Line($"public {type} {name} {{ get; set; }}");
        }

        w.Close();
        w.Line();
        w.Line("/// <summary>The spec's facts about an operation method, read by the Formbricks.Contracts analyzers.</summary>");
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Method, Inherited = false)]");
        w.Line(Condition);
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"internal sealed class {OperationAttribute} : global::System.Attribute");
        w.Line("/// <summary>Creates the attribute.</summary>");
        w.Line("/// <param name=\"operationId\">The operation id (empty when the spec gives none).</param>");
        w.Line("/// <param name=\"method\">The HTTP method.</param>");
        w.Line("/// <param name=\"pathTemplate\">The path template.</param>");
        w.Line("/// <param name=\"location\">Where the operation is written: <c>file(line,column)</c>.</param>");
        w.Line($"public {OperationAttribute}(string operationId, string method, string pathTemplate, string location)");
        w.Open();
        w.Line("OperationId = operationId;");
        w.Line("Method = method;");
        w.Line("PathTemplate = pathTemplate;");
        w.Line("Location = location;");
        w.Close();
        foreach (var (name, type, doc) in new[]
        {
            ("OperationId", "string", "The operation id."),
            ("Method", "string", "The HTTP method."),
            ("PathTemplate", "string", "The path template."),
            ("Location", "string", "Where the operation is written: <c>file(line,column)</c>."),
        })
        {
            w.Line();
            w.Line($"/// <summary>{doc}</summary>");
            w.Line($"public {type} {name} {{ get; }}");
        }

        foreach (var (name, doc) in new[]
        {
            ("Sunset", "The date (<c>yyyy-MM-dd</c>) after which the operation is gone (<c>x-sunset</c>)."),
            ("Enumerator", "The <c>IAsyncEnumerable</c> companion that walks every page of this paged operation."),
            ("SkipParameter", "The paged operation's offset parameter."),
            ("LimitParameter", "The paged operation's page-size parameter."),
            ("ItemsProperty", "The property of the paged operation's response that holds the page's items."),
            ("BatchAlternative", "The companion that returns, page by page, what this operation returns for one item of a loop."),
        })
        {
            w.Line();
            w.Line($"/// <summary>{doc}</summary>");
            w.Line($"public string? {name} {{ get; set; }}");
        }

        w.Close();
        return EmitHelpers.EndFile(w);
    }

    /// <summary>The attribute list to put before a parameter declaration or on a property, or empty.</summary>
    public static string Constraint(ClientSpec client, ConstraintSpec? constraints)
    {
        if (constraints is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder($"[global::{client.Namespace}.{ConstraintAttribute}({JsonCode.Literal(constraints.Location)}");
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                text.Append(", ").Append(name).Append(" = ").Append(value);
            }
        }

        Add("Minimum", Quote(constraints.Minimum));
        Add("ExclusiveMinimum", Quote(constraints.ExclusiveMinimum));
        Add("Maximum", Quote(constraints.Maximum));
        Add("ExclusiveMaximum", Quote(constraints.ExclusiveMaximum));
        Add("MinLength", Number(constraints.MinLength));
        Add("MaxLength", Number(constraints.MaxLength));
        Add("Pattern", Quote(constraints.Pattern));
        Add("MaxItems", Number(constraints.MaxItems));
        Add("MaxListItems", Number(constraints.MaxListItems));
        Add("Values", constraints.Values.IsEmpty ? null : "new string[] { " + string.Join(", ", constraints.Values.Select(JsonCode.Literal)) + " }");
        return text.Append(")] ").ToString();
    }

    /// <summary>Writes the <c>FormbricksOperation</c> attribute (and <c>Obsolete</c> for a deprecated operation) of a method.</summary>
    public static void Operation(SourceWriter w, ClientSpec client, OperationSpec operation)
    {
        if (operation.Metadata is not { } metadata)
        {
            EmitHelpers.Obsolete(w, operation.IsDeprecated);
            return;
        }

        if (operation.IsDeprecated)
        {
            var text = metadata.DeprecationText ?? "Deprecated in the OpenAPI document.";
            text += metadata.Sunset is null ? string.Empty : $" Sunset: {metadata.Sunset}.";
            w.Line($"[global::System.Obsolete({JsonCode.Literal(text)})]");
        }

        var line = new StringBuilder($"[global::{client.Namespace}.{OperationAttribute}(");
        line.Append(string.Join(", ", new[] { metadata.OperationId, operation.HttpMethod, operation.PathTemplate, metadata.Location }.Select(JsonCode.Literal)));
        if (metadata.Sunset is { } sunset)
        {
            line.Append(", Sunset = ").Append(JsonCode.Literal(sunset));
        }

        if (operation.Pagination is { } paging)
        {
            line.Append(", Enumerator = ").Append(JsonCode.Literal(paging.MethodName))
                .Append(", SkipParameter = ").Append(JsonCode.Literal(paging.SkipParameter))
                .Append(", LimitParameter = ").Append(JsonCode.Literal(paging.LimitParameter))
                .Append(", ItemsProperty = ").Append(JsonCode.Literal(paging.DataProperty));
        }

        if (BatchAlternative(client, operation) is { } batch)
        {
            line.Append(", BatchAlternative = ").Append(JsonCode.Literal(batch));
        }

        w.Line(line.Append(")]").ToString());
    }

    /// <summary>
    /// The paged companion that answers for a whole group what this operation answers for one item: this operation's
    /// path ends in <c>/{collection}/{id}</c> and a paged operation's path is the same up to a sibling
    /// <c>/segments/{id}</c> (the canonical spec: one personal link per contact, or every contact's link of a segment).
    /// </summary>
    private static string? BatchAlternative(ClientSpec client, OperationSpec operation)
    {
        if (operation.HttpMethod != "GET" || operation.Pagination is not null || Prefix(operation.PathTemplate, "contacts") is not { } prefix)
        {
            return null;
        }

        return client.Operations
            .FirstOrDefault(o => o.HttpMethod == "GET" && o.Pagination is not null && Prefix(o.PathTemplate, "segments") == prefix)?
            .Pagination!.MethodName;
    }

    private static string? Prefix(string path, string collection)
    {
        var parts = path.TrimEnd('/').Split('/');
        return parts.Length >= 3 && parts[parts.Length - 2] == collection && parts[parts.Length - 1].StartsWith("{", StringComparison.Ordinal)
            ? string.Join("/", parts.Take(parts.Length - 2))
            : null;
    }

    /// <summary>The client's nested <c>Operations</c> class: per operation its id, HTTP method and path template.</summary>
    public static void Operations(SourceWriter w, ClientSpec client)
    {
        w.Line("/// <summary>The spec's operations: the id, HTTP method and path template of each, as constants (for the fake's test API, logs and metrics).</summary>");
        w.Open($"public static class {OperationsClass}");
        var first = true;
        foreach (var operation in client.Operations)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var name = operation.MethodName.EndsWith("Async", StringComparison.Ordinal) ? operation.MethodName.Substring(0, operation.MethodName.Length - 5) : operation.MethodName;
            name = name == OperationsClass ? name + "Operation" : name;
            w.Line($"/// <summary><c>{operation.HttpMethod} {EmitHelpers.Escape(operation.PathTemplate)}</c>: <see cref=\"{client.ClientName}.{operation.MethodName}\"/>.</summary>");
            w.Open($"public static class {name}");
            if (operation.Metadata is { OperationId.Length: > 0 } metadata)
            {
                w.Line("/// <summary>The operation id.</summary>");
                w.Line($"public const string Id = {JsonCode.Literal(metadata.OperationId)};");
                w.Line();
            }

            w.Line("/// <summary>The HTTP method.</summary>");
            w.Line($"public const string Method = {JsonCode.Literal(operation.HttpMethod)};");
            w.Line();
            w.Line("/// <summary>The path template.</summary>");
            w.Line($"public const string PathTemplate = {JsonCode.Literal(operation.PathTemplate)};");
            w.Close();
        }

        w.Close();
        w.Line();
    }

    private static string? Quote(string? value) => value is null ? null : JsonCode.Literal(value);

    private static string? Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
