using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// A JSONPath expression, evaluated by Newtonsoft.Json's <c>SelectTokens</c> (the engine WireMock.Net's
/// <c>JsonPathMatcher</c> uses) with one rule of Jayway's (Java WireMock's engine): a filter <c>[?(…)]</c> applied to
/// an object tests that object itself, not its property values. So <c>$[?(@.x == 'y')]</c> selects the root object
/// when its <c>x</c> is <c>'y'</c>, and <c>$.items[?(@.x == 'y')]</c> selects the matching elements of an array.
/// </summary>
internal sealed partial class JsonPathQuery
{
    private readonly string _expression;

    /// <summary>The path cut before each filter: a selection, then filter, selection, filter, …</summary>
    private readonly string[] _pieces;

    private JsonPathQuery(string expression, string[] pieces)
    {
        _expression = expression;
        _pieces = pieces;
    }

    public override string ToString() => _expression;

    /// <summary>Reads <paramref name="expression"/>; a syntax error is the poster's mistake, named by <paramref name="where"/>.</summary>
    public static JsonPathQuery Parse(string expression, string where)
    {
        if (!expression.StartsWith('$'))
        {
            throw new AdminException($"{where}: a JSONPath expression starts with '$', not '{expression}'");
        }

        if (NegativeIndex().IsMatch(expression))
        {
            // Newtonsoft fails on them where Jayway counts from the end: refused rather than never matching.
            throw new AdminException($"{where}: JSONPath '{expression}' has a negative index, which is not supported (a slice such as [-1:] is)");
        }

        var pieces = Split(expression, where);
        foreach (var piece in pieces)
        {
            try
            {
                // Newtonsoft reads a path when it is used: each piece once, on an empty document.
                _ = new JArray().SelectTokens(piece, errorWhenNoMatch: false).ToList();
            }
            catch (JsonException e)
            {
                throw new AdminException($"{where}: invalid JSONPath '{expression}': {e.Message}");
            }
        }

        return new JsonPathQuery(expression, pieces);
    }

    /// <summary>
    /// The tokens the path selects in <paramref name="root"/>: none when nothing matches, or when Newtonsoft fails on
    /// this document (an index before the start, <c>[-1]</c>, throws there).
    /// </summary>
    public IReadOnlyList<JToken> Select(JToken root)
    {
        try
        {
            return SelectPieces(root);
        }
        catch (Exception e) when (e is ArgumentException or JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    private List<JToken> SelectPieces(JToken root)
    {
        List<JToken> current = [root];
        for (var i = 0; i < _pieces.Length; i++)
        {
            var piece = _pieces[i];
            current = i % 2 == 0
                ? piece == "$" ? current : [.. current.SelectMany(t => t.SelectTokens(piece, errorWhenNoMatch: false))]
                : [.. current.SelectMany(t => (t is JObject ? new JArray(t) : t).SelectTokens(piece, errorWhenNoMatch: false))];
        }

        return current;
    }

    /// <summary>A selected value as text: a text as itself, another scalar as its JSON, null as nothing, others as JSON.</summary>
    public static string TextOf(JToken token) => token switch
    {
        JValue { Type: JTokenType.Null } => "",
        JValue { Type: JTokenType.String } text => (string)text!,
        _ => token.ToString(Formatting.None),
    };

    /// <summary>
    /// <c>$.a[?(@.b == 1)].c</c> → <c>$.a</c>, <c>$[?(@.b == 1)]</c>, <c>$.c</c>: the filters (outside quotes and other
    /// brackets) become pieces of their own, so each one can be applied by itself.
    /// </summary>
    private static string[] Split(string expression, string where)
    {
        var pieces = new List<string>();
        var start = 0;
        var i = 0;
        while (i < expression.Length)
        {
            if (expression[i] is '\'' or '"')
            {
                i = SkipQuoted(expression, i, where);
                continue;
            }

            if (string.CompareOrdinal(expression, i, "[?(", 0, 3) != 0)
            {
                i++;
                continue;
            }

            var end = FilterEnd(expression, i, where);
            pieces.Add(start == 0 ? expression[..i] : "$" + expression[start..i]);
            pieces.Add("$" + expression[i..end]);
            start = i = end;
        }

        pieces.Add(start == 0 ? expression : "$" + expression[start..]);
        return [.. pieces];
    }

    /// <summary>The index after the <c>)]</c> that closes the filter opened at <paramref name="open"/>.</summary>
    private static int FilterEnd(string expression, int open, string where)
    {
        var depth = 0;
        var i = open + 2;
        while (i < expression.Length)
        {
            switch (expression[i])
            {
                case '\'' or '"':
                    i = SkipQuoted(expression, i, where);
                    continue;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
            }

            i++;
            if (depth == 0 && expression[i - 1] == ')' && i < expression.Length && expression[i] == ']')
            {
                return i + 1;
            }
        }

        throw new AdminException($"{where}: the filter in JSONPath '{expression}' is not closed with ')]'");
    }

    private static int SkipQuoted(string expression, int open, string where)
    {
        for (var i = open + 1; i < expression.Length; i++)
        {
            if (expression[i] == '\\')
            {
                i++;
            }
            else if (expression[i] == expression[open])
            {
                return i + 1;
            }
        }

        throw new AdminException($"{where}: a quoted name or text in JSONPath '{expression}' is not closed");
    }

    [GeneratedRegex(@"\[\s*-\d+\s*\]")]
    private static partial Regex NegativeIndex();
}
