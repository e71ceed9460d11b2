namespace Formbricks.Contracts.Verify;

/// <summary>The server did not answer at all (connection refused, DNS, TLS, time-out).</summary>
public sealed class ServerUnreachableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServerUnreachableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be reached, and why.</param>
    public ServerUnreachableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be reached, and why.</param>
    /// <param name="innerException">The cause.</param>
    public ServerUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
