using Microsoft.OpenApi;

namespace Formbricks.Contracts.Drift.Comparison;

/// <summary>Content maps matched by media-type essence (lower case, parameters dropped), so <c>application/json; charset=utf-8</c> is <c>application/json</c>.</summary>
internal static class MediaTypes
{
    /// <summary>The first media type of <paramref name="content"/> whose essence is <paramref name="essence"/> (content maps are small: a scan allocates nothing).</summary>
    public static bool TryFind(IDictionary<string, IOpenApiMediaType>? content, string essence, out string written, out IOpenApiMediaType media)
    {
        if (content is not null)
        {
            foreach (var pair in content)
            {
                if (pair.Value is not null && string.Equals(Essence(pair.Key), essence, StringComparison.Ordinal))
                {
                    written = pair.Key;
                    media = pair.Value;
                    return true;
                }
            }
        }

        written = string.Empty;
        media = null!;
        return false;
    }

    /// <summary>Whether <paramref name="pair"/> is the first entry of <paramref name="content"/> with its essence (a later duplicate is skipped).</summary>
    public static bool IsFirst(IDictionary<string, IOpenApiMediaType> content, KeyValuePair<string, IOpenApiMediaType> pair, out string essence)
    {
        essence = Essence(pair.Key);
        return pair.Value is not null && TryFind(content, essence, out var written, out _) && ReferenceEquals(written, pair.Key);
    }

    public static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim().ToLowerInvariant();
    }
}
