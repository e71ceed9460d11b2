using System.Text.RegularExpressions;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Shortens an inline type name built from a deep nesting (<c>{Parent}{Property}{…}</c>) that is longer than the
/// limit. Words are the PascalCase words of the name (a new word starts at an upper-case letter followed by a
/// lower-case one, so <c>6VMVochwUWo</c> and <c>Option1</c> stay whole). In order, until the name fits:
/// <list type="number">
/// <item>drop path noise: <c>Api</c> and version words (<c>V1</c>, <c>ApiV2</c>) after the first word;</item>
/// <item>drop the words a later part repeats from an earlier one (a property named like its parent:
/// <c>…SegmentRestrictionMiniShieldInformationBarrierSegmentType</c> is <c>…SegmentRestrictionMiniSegmentType</c>;
/// see <see cref="WithoutRepeats"/>);</item>
/// <item>keep the first word (the named root) and as many of the last (nearest) words as fit.</item>
/// </list>
/// A name within the limit is never changed.
/// </summary>
internal static class InlineNames
{
    // No match timeout: both patterns are linear, and a timeout would make the names depend on the machine's load.
    private static readonly Regex WordStart = new("(?<=[a-z0-9_])(?=[A-Z][a-z])", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly Regex Noise = new("^(Api|V[0-9]+|ApiV[0-9]+)$", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    public static string Shorten(string name, int max)
    {
        if (name.Length <= max)
        {
            return name;
        }

        var words = WordStart.Split(name).Where(w => w.Length > 0).ToList();
        for (var i = words.Count - 2; i > 0 && Length(words) > max; i--)
        {
            if (Noise.IsMatch(words[i]))
            {
                words.RemoveAt(i);
            }
        }

        if (Length(words) > max)
        {
            words = WithoutRepeats(words);
        }

        var tail = string.Empty;
        for (var i = words.Count - 1; i > 0 && words[0].Length + words[i].Length + tail.Length <= max; i--)
        {
            tail = words[i] + tail;
        }

        return words[0] + tail;
    }

    /// <summary>
    /// The words without those that repeat earlier ones: a run of several repeated words keeps its last one (the
    /// property <c>shield_information_barrier_segment</c> of <c>ShieldInformationBarrierSegmentRestriction</c> is
    /// <c>…RestrictionSegment</c>, which a sibling <c>type</c> property, <c>…RestrictionType</c>, does not clash with),
    /// a single repeated word goes. Words with a digit and the last word always stay.
    /// </summary>
    private static List<string> WithoutRepeats(List<string> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            repeated[i] = !seen.Add(words[i]) && !words[i].Any(char.IsDigit);
        }

        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var inRun = i > 0 && repeated[i - 1];
            var runEnd = i + 1 >= words.Count || !repeated[i + 1];
            if (!repeated[i] || (inRun && runEnd) || i == words.Count - 1)
            {
                kept.Add(words[i]);
            }
        }

        return kept;
    }

    private static int Length(List<string> words) => words.Sum(w => w.Length);
}
