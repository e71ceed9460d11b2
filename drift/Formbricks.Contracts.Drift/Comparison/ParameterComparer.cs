using System.Globalization;
using Formbricks.Contracts.Drift.Model;
using Formbricks.Contracts.Drift.Rules;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>
/// Path, query, header and cookie parameters of an operation (path-item parameters included, overridden by the
/// operation's). Path parameters are matched by their position in the template, so renaming one changes nothing;
/// header names are matched without case.
/// </summary>
internal static class ParameterComparer
{
    public static void Compare(DiffSession session, SchemaComparer schemas, OperationPair operation)
    {
        var baseParameters = Effective(operation.Base);
        var revisionParameters = Effective(operation.Revision);
        foreach (var pair in baseParameters)
        {
            var b = pair.Value;
            if (!revisionParameters.TryGetValue(pair.Key, out var r))
            {
                // A parameter moved to another location (query to header, say) is removed here and added there.
                var moved = MovedTo(revisionParameters, b);
                var why = moved is null ? string.Empty : $" (it is now a {Location(moved.Parameter)} parameter)";
                session.Report(RuleIds.RequestParameterRemoved, operation, $"{b.Label} was removed{why}", b.Pointer.Text, inBase: true);
                continue;
            }

            CompareSerialisation(session, operation, b, r);

            if (r.Parameter.Required && !b.Parameter.Required)
            {
                session.Report(RuleIds.RequestParameterBecameRequired, operation, $"{r.Label} became required", r.Pointer.Child("required").Text, inBase: false);
            }

            if (b.Schema is { } baseSchema && r.Schema is { } revisionSchema)
            {
                schemas.Compare(operation, baseSchema, revisionSchema, new SchemaPlace(Direction.Request, "request-parameter", "request-parameter", r.Label));
            }
        }

        foreach (var pair in revisionParameters)
        {
            if (baseParameters.ContainsKey(pair.Key))
            {
                continue;
            }

            var r = pair.Value;
            if (r.Parameter.Required)
            {
                session.Report(RuleIds.NewRequiredRequestParameter, operation, $"required {r.Label} was added", r.Pointer.Text, inBase: false);
            }
            else if (session.Options.IncludeInfo)
            {
                session.Report(RuleIds.NewOptionalRequestParameter, operation, $"optional {r.Label} was added", r.Pointer.Text, inBase: false);
            }
        }
    }

    /// <summary>The revision's parameter of the same name in another location, if any.</summary>
    private static ParameterEntry? MovedTo(Dictionary<string, ParameterEntry> revisionParameters, ParameterEntry b)
    {
        foreach (var p in revisionParameters.Values)
        {
            if (p.Parameter.In != b.Parameter.In && string.Equals(p.Parameter.Name, b.Parameter.Name, StringComparison.OrdinalIgnoreCase))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>style and explode as the model reads them (defaults filled in); explode only matters for arrays and objects.</summary>
    private static void CompareSerialisation(DiffSession session, OperationPair operation, ParameterEntry b, ParameterEntry r)
    {
        if (b.Parameter.Style != r.Parameter.Style)
        {
            session.Report(RuleIds.RequestParameterStyleChanged, operation, $"{r.Label} style changed from {Name(b.Parameter.Style)} to {Name(r.Parameter.Style)}", r.Pointer.Child("style").Text, inBase: false);
        }
        else if (b.Parameter.Explode != r.Parameter.Explode && r.Schema is { } schema && IsStructured(session.RevisionShapes.Shape(schema)))
        {
            session.Report(RuleIds.RequestParameterExplodeChanged, operation, $"{r.Label} explode changed from {Flag(b.Parameter.Explode)} to {Flag(r.Parameter.Explode)}", r.Pointer.Child("explode").Text, inBase: false);
        }
    }

    private static bool IsStructured(SchemaShape shape) =>
        shape.Types is not { } types || (types & (JsonSchemaType.Array | JsonSchemaType.Object)) != 0;

    private static string Name(ParameterStyle? style) => style is { } s ? char.ToLowerInvariant(s.ToString()[0]) + s.ToString().Substring(1) : "(none)";

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Location(IOpenApiParameter parameter) => (parameter.In?.ToString() ?? "query").ToLowerInvariant();

    private static Dictionary<string, ParameterEntry> Effective(OperationEntry entry)
    {
        var result = new Dictionary<string, ParameterEntry>(StringComparer.Ordinal);
        var names = entry.TemplateNames;
        Add(entry.PathItem.Parameters, entry.PathPointer.Child("parameters"), names, result);
        Add(entry.Operation.Parameters, entry.Pointer.Child("parameters"), names, result);
        return result;
    }

    private static void Add(IList<IOpenApiParameter>? parameters, LazyPointer listPointer, IReadOnlyList<string> names, Dictionary<string, ParameterEntry> result)
    {
        if (parameters is null)
        {
            return;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter?.Name is null)
            {
                continue;
            }

            var pointer = listPointer.Child(i, parameter);
            var key = Key(parameter, names);
            result[key] = new ParameterEntry(parameter, pointer, Schema(parameter, pointer));
        }
    }

    private static string Key(IOpenApiParameter parameter, IReadOnlyList<string> names)
    {
        switch (parameter.In)
        {
            case ParameterLocation.Path:
                var index = -1;
                for (var i = 0; i < names.Count; i++)
                {
                    if (names[i] == parameter.Name)
                    {
                        index = i;
                        break;
                    }
                }

                return index >= 0 ? "path#" + index.ToString(CultureInfo.InvariantCulture) : "path:" + parameter.Name;
            case ParameterLocation.Header:
                return "header:" + parameter.Name!.ToLowerInvariant();
            default:
                return Location(parameter) + ":" + parameter.Name;
        }
    }

    private static SchemaNode? Schema(IOpenApiParameter parameter, LazyPointer pointer)
    {
        if (parameter.Schema is { } schema)
        {
            return SchemaNode.At(schema, pointer, "schema");
        }

        if (parameter.Content is { Count: > 0 } content)
        {
            var first = content.First();
            if (first.Value?.Schema is { } contentSchema)
            {
                return SchemaNode.At(contentSchema, pointer.Child("content").Child(first.Key), "schema");
            }
        }

        return null;
    }

    private sealed class ParameterEntry
    {
        public ParameterEntry(IOpenApiParameter parameter, LazyPointer pointer, SchemaNode? schema)
        {
            Parameter = parameter;
            Pointer = pointer;
            Schema = schema;
        }

        public IOpenApiParameter Parameter { get; }

        public LazyPointer Pointer { get; }

        public SchemaNode? Schema { get; }

        public string Label => $"{Location(Parameter)} parameter '{Parameter.Name}'";
    }
}
