namespace Formbricks.Contracts.Conformance;

/// <summary>The spec given to <see cref="ContractChecker"/> could not be read: the message names the file, line and column.</summary>
public sealed class SpecLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SpecLoadException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The located message.</param>
    public SpecLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The located message.</param>
    /// <param name="innerException">The cause.</param>
    public SpecLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
