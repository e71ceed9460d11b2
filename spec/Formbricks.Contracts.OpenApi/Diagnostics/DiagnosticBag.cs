using System.Collections.Immutable;

namespace Formbricks.Contracts.OpenApi.Diagnostics;

/// <summary>Collects diagnostics while reading one spec; drops exact duplicates and sorts by position at the end.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<SpecDiagnostic> _items = new();
    private readonly HashSet<SpecDiagnostic> _seen = new();

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    /// <summary>Reports a problem with the one severity of its <paramref name="kind"/>.</summary>
    public void Report(SpecDiagnosticKind kind, string message, string pointer, SourceSpan span) =>
        Add(new SpecDiagnostic(kind, SpecDiagnosticKinds.SeverityOf(kind), message, pointer, span));

    public void Add(SpecDiagnostic diagnostic)
    {
        if (!_seen.Add(diagnostic))
        {
            return;
        }

        _items.Add(diagnostic);
        if (diagnostic.Severity == SpecDiagnosticSeverity.Error)
        {
            HasErrors = true;
        }
    }

    /// <summary>Forgets everything reported so far.</summary>
    public void Clear()
    {
        _items.Clear();
        _seen.Clear();
        HasErrors = false;
    }

    /// <summary>True when a diagnostic of <paramref name="kind"/> was reported at <paramref name="pointer"/>.</summary>
    public bool Any(string pointer, SpecDiagnosticKind kind)
    {
        foreach (var item in _items)
        {
            if (item.Kind == kind && string.Equals(item.Pointer, pointer, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Diagnostics in text order (stable for equal positions, so the result is deterministic).</summary>
    public ImmutableArray<SpecDiagnostic> ToImmutableSorted() =>
        _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.Offset)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToImmutableArray();
}
