namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// Hands out unique names within one scope (the types of a namespace, the members of a type, the parameters of a
/// method). A taken name gets the next free numeric suffix: <c>Survey</c>, <c>Survey2</c>, … — stable because
/// names are requested in document order.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
    {
        _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        if (reserved is not null)
        {
            foreach (var name in reserved)
            {
                _taken.Add(name);
            }
        }
    }

    /// <summary>Reserves <c>{stem}{suffix}</c>, or the first free <c>{stem}N{suffix}</c> (<c>GetPets2Async</c>).</summary>
    public string Claim(string stem, string suffix)
    {
        var candidate = stem + suffix;
        for (var i = 2; _taken.Contains(candidate); i++)
        {
            candidate = stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
        }

        _taken.Add(candidate);
        return candidate;
    }

    /// <summary>Reserves <paramref name="preferred"/>, or the first free <c>preferredN</c>.</summary>
    public string Claim(string preferred)
    {
        var escaped = preferred.StartsWith("@", StringComparison.Ordinal);
        var bare = escaped ? preferred.Substring(1) : preferred;
        var candidate = bare;
        for (var i = 2; _taken.Contains(candidate); i++)
        {
            candidate = bare + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _taken.Add(candidate);
        return escaped && candidate == bare ? preferred : candidate;
    }
}
