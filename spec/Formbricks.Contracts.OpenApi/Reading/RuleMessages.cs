using Formbricks.Contracts.OpenApi.SourceMapping;

namespace Formbricks.Contracts.OpenApi.Reading;

/// <summary>
/// Completes Microsoft.OpenApi rule texts. The schema rules fill the schema's name only for a reference, so an inline
/// or component schema reads "Schema  must contain …"; the name (or the schema's pointer) comes from where the
/// finding is.
/// </summary>
internal static class RuleMessages
{
    private const string Unnamed = "Schema  ";

    private const string NotValidProperty = " is not a valid property at #/";

    /// <summary>The message with an empty schema name replaced by the name from <paramref name="pointer"/>.</summary>
    public static string FillSchemaName(string message, string pointer)
    {
        var at = message.IndexOf(Unnamed, StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at) + "Schema '" + SchemaName(pointer) + "' " + message.Substring(at + Unnamed.Length);
    }

    /// <summary>
    /// A reader finding about a field the reader skipped (3.1's <c>patternProperties</c> in a 3.0 document, an
    /// extension without <c>x-</c>): the rest of the object is read, so it is a warning. Not under <c>#/paths</c>,
    /// where the skipped key is a path whose operations would be lost.
    /// </summary>
    public static bool IsIgnoredField(string? message)
    {
        if (message is null)
        {
            return false;
        }

        var at = message.IndexOf(NotValidProperty, StringComparison.Ordinal);
        return at > 0 && !message.Substring(at + NotValidProperty.Length).TrimEnd().Equals("paths", StringComparison.Ordinal);
    }

    private static string SchemaName(string pointer)
    {
        var segments = JsonPointer.Split(pointer);
        var end = segments.Count;
        if (end > 0 && segments[end - 1] is "discriminator")
        {
            end--;
        }

        // '#/components/schemas/Pet' reads as 'Pet'; anything deeper or elsewhere as its pointer.
        if (end == 3 && segments[0] == "components" && segments[1] == "schemas")
        {
            return segments[2];
        }

        var path = new List<string>();
        for (var i = 0; i < end; i++)
        {
            path.Add(segments[i]);
        }

        return "#/" + string.Join("/", path.Select(JsonPointer.Escape));
    }
}
