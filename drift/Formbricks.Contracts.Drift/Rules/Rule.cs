namespace Formbricks.Contracts.Drift.Rules;

/// <summary>One check: a stable id, its default level, the family (docs page) it belongs to, what it finds and an example.</summary>
public sealed class Rule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">Stable kebab-case id.</param>
    /// <param name="level">Default level.</param>
    /// <param name="family">The family, which is also the docs page name (<c>docs/drift/rules/&lt;family&gt;.md</c>).</param>
    /// <param name="description">What the rule finds, one sentence.</param>
    /// <param name="example">A minimal base -&gt; revision change the rule reports.</param>
    public Rule(string id, FindingLevel level, string family, string description, string example)
    {
        Id = id;
        Level = level;
        Family = family;
        Description = description;
        Example = example;
    }

    /// <summary>Stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>Default level.</summary>
    public FindingLevel Level { get; }

    /// <summary>The family (docs page name).</summary>
    public string Family { get; }

    /// <summary>What the rule finds.</summary>
    public string Description { get; }

    /// <summary>A minimal base -&gt; revision change the rule reports.</summary>
    public string Example { get; }
}
