using System.Text.RegularExpressions;

namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Shortens an inline type name built from a deep nesting (<c>{Parent}{Property}{…}</c>) that is longer than the
/// limit. Words are the PascalCase words of the name (a new word starts at an upper-case letter followed by a
/// lower-case one, so <c>6VMVochwUWo</c> and <c>Option1</c> stay whole). In order, until the name fits:
/// <list type="number">
/// <item>drop path noise: <c>Api</c> and version words (<c>V1</c>, <c>ApiV2</c>) after the first word;</item>
/// <item>drop what a later part repeats from an earlier one: a repeated run of two or more words keeps its last word
/// (a property named like its parent: <c>…SegmentRestrictionMiniShieldInformationBarrierSegmentType</c> is
/// <c>…SegmentRestrictionMiniSegmentType</c>), and a repeated <c>Item</c> or <c>Value</c> (array and map levels)
/// goes; a single other word stays, so <c>RestrictedSegment</c> keeps its noun (see <see cref="WithoutRepeats"/>);</item>
/// <item>drop middle words: keep the first words (the root: operation or schema, up to a third of the limit, at least
/// the first word) and as many of the last (nearest) words as fit, so the name still says which resource
/// (<c>PutFilesIdMetadata…</c>, not <c>Put…</c>, which would make the files and folders twins <c>…2</c>) and ends in
/// the property it names.</item>
/// </list>
/// A name within the limit is never changed; the result depends on the name alone (deterministic), and names that
/// still collide are told apart by the type name scope (<c>Name2</c>) in document order.
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

        return Length(words) <= max ? string.Concat(words) : HeadAndTail(words, max);
    }

    /// <summary>The first words, up to a third of <paramref name="max"/> (at least one), then the last words that fit.</summary>
    private static string HeadAndTail(List<string> words, int max)
    {
        var head = words[0];
        var next = 1;
        while (next < words.Count - 1 && head.Length + words[next].Length <= max / 3)
        {
            head += words[next++];
        }

        var tail = string.Empty;
        for (var i = words.Count - 1; i >= next && head.Length + tail.Length + words[i].Length <= max; i--)
        {
            tail = words[i] + tail;
        }

        // A last word too long to fit beside the head is cut: a type name must stay within the limit.
        var name = tail.Length == 0 ? head + words[words.Count - 1] : head + tail;
        return name.Length <= max ? name : name.Substring(0, max);
    }

    /// <summary>
    /// The words without what repeats earlier words: a run of two or more words that appeared in the same order
    /// before keeps only its last word (the property <c>shield_information_barrier_segment</c> of
    /// <c>ShieldInformationBarrierSegmentRestriction</c> is <c>…RestrictionSegment</c>, which a sibling <c>type</c>
    /// property, <c>…RestrictionType</c>, does not clash with); a repeated <c>Item</c> or <c>Value</c> goes. Words with
    /// a digit and the last word always stay.
    /// </summary>
    private static List<string> WithoutRepeats(List<string> words)
    {
        var drop = new bool[words.Count];
        for (var i = 1; i < words.Count - 1;)
        {
            var run = 0;
            for (var j = 0; j < i; j++)
            {
                var k = 0;
                while (i + k < words.Count && j + k < i && words[j + k] == words[i + k] && !words[i + k].Any(char.IsDigit))
                {
                    k++;
                }

                run = Math.Max(run, k);
            }

            if (run >= 2)
            {
                for (var k = i; k < i + run - 1; k++)
                {
                    drop[k] = true;
                }

                i += run;
            }
            else
            {
                drop[i] = words[i] is "Item" or "Value" && words.IndexOf(words[i]) < i;
                i++;
            }
        }

        return words.Where((_, i) => !drop[i]).ToList();
    }

    private static int Length(List<string> words) => words.Sum(w => w.Length);
}
