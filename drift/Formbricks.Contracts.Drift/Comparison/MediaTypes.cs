using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>Content maps keyed by media-type essence (lower case, parameters dropped), so <c>application/json; charset=utf-8</c> is <c>application/json</c>.</summary>
internal static class MediaTypes
{
    public static Dictionary<string, (string Written, IOpenApiMediaType Media)> Index(IDictionary<string, IOpenApiMediaType>? content)
    {
        var result = new Dictionary<string, (string, IOpenApiMediaType)>(StringComparer.Ordinal);
        if (content is null)
        {
            return result;
        }

        foreach (var pair in content)
        {
            var essence = Essence(pair.Key);
            if (!result.ContainsKey(essence) && pair.Value is not null)
            {
                result.Add(essence, (pair.Key, pair.Value));
            }
        }

        return result;
    }

    public static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim().ToLowerInvariant();
    }
}
