using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Verify.Generation;

/// <summary>
/// Ids seen in answers: the <c>id</c> of each item a list (or a create) returned, under its collection's name
/// (<c>surveys</c>), and every <c>…Id</c> string property under its own name (<c>environmentId</c>). Path parameters
/// and body properties take their values from here first.
/// </summary>
internal sealed class IdPool
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _created = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last literal segment before the parameter in a template (<c>surveys</c> for <c>/surveys/{id}</c>).</summary>
    public static string? CollectionBefore(string template, string parameter)
    {
        var segments = template.Trim('/').Split('/');
        var at = Array.IndexOf(segments, "{" + parameter + "}");
        for (var i = (at < 0 ? segments.Length : at) - 1; i >= 0; i--)
        {
            if (!segments[i].StartsWith('{'))
            {
                return segments[i];
            }
        }

        return null;
    }

    /// <summary>The collection a template lists or creates in (its last literal segment, when it ends with one).</summary>
    public static string? CollectionOf(string template)
    {
        var last = template.TrimEnd('/').Split('/')[^1];
        return last.StartsWith('{') ? null : last;
    }

    public void Observe(string template, JsonNode? body, bool created)
    {
        var collection = CollectionOf(template);
        var data = body is JsonObject envelope && envelope["data"] is { } inner ? inner : body;
        var items = data is JsonArray array ? array.ToList() : [data];
        foreach (var item in items)
        {
            if (collection is not null && item is JsonObject obj && obj["id"] is JsonValue id && id.TryGetValue<string>(out var text))
            {
                Add(_values, collection, text);
                if (created)
                {
                    Add(_created, collection, text);
                }
            }
        }

        Walk(data, 0);
    }

    /// <summary>Candidates for a parameter or property named <paramref name="name"/> in <paramref name="collection"/>: created ones first.</summary>
    public IReadOnlyList<string> Candidates(string? collection, string name)
    {
        var found = new List<string>();
        if (collection is not null)
        {
            found.AddRange(Get(_created, collection));
            found.AddRange(Get(_values, collection));
        }

        found.AddRange(Get(_values, name));
        if (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2)
        {
            found.AddRange(Get(_values, name[..^2] + "s"));
        }

        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Ids this run created in a collection, newest last.</summary>
    public IReadOnlyList<string> Created(string collection) => Get(_created, collection);

    /// <summary>Forgets an id (after its resource was deleted).</summary>
    public void Forget(string id)
    {
        foreach (var list in _values.Values.Concat(_created.Values))
        {
            list.Remove(id);
        }
    }

    private void Walk(JsonNode? node, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, depth + 1);
                }

                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name.EndsWith("Id", StringComparison.Ordinal) && value is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0)
                    {
                        Add(_values, name, text);
                    }

                    Walk(value, depth + 1);
                }

                break;
        }
    }

    private static List<string> Get(Dictionary<string, List<string>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
