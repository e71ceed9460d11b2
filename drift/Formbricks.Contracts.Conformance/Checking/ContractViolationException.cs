namespace Formbricks.Contracts.Conformance;

/// <summary>Thrown by <see cref="ContractChecker.AssertConforms(IEnumerable{HttpExchange})"/>: every mismatch, one per line.</summary>
public sealed class ContractViolationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of findings.</summary>
    /// <param name="findings">The mismatches.</param>
    public ContractViolationException(IReadOnlyList<ContractFinding> findings)
        : base(Describe(findings ?? throw new ArgumentNullException(nameof(findings))))
    {
        Findings = findings;
    }

    /// <summary>Creates an exception with a message only (no findings).</summary>
    public ContractViolationException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message only (no findings).</summary>
    /// <param name="message">The message.</param>
    public ContractViolationException(string message)
        : base(message)
    {
        Findings = [];
    }

    /// <summary>Creates an exception with a message and a cause (no findings).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ContractViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    /// <summary>The mismatches, in the order of the exchanges.</summary>
    public IReadOnlyList<ContractFinding> Findings { get; }

    private static string Describe(IReadOnlyList<ContractFinding> findings) =>
        findings.Count == 0
            ? "Every exchange fits the spec."
            : $"{findings.Count} {(findings.Count == 1 ? "answer does" : "answers do")} not fit the spec:" + Environment.NewLine
              + string.Join(Environment.NewLine, findings.Select(f => "  " + f));
}
