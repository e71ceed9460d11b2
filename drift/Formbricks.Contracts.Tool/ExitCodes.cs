namespace Formbricks.Contracts.Tool;

/// <summary>The tool's exit codes (the same for every command).</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the <c>--fail-on</c> threshold.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the threshold.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage: unknown option, missing argument, bad ignore or severity file, bad regex.</summary>
    public const int Usage = 2;

    /// <summary>A document could not be read.</summary>
    public const int Unreadable = 3;
}

/// <summary>Bad usage found after parsing (e.g. a malformed ignore file): one located message, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A document that could not be read: one located message, exit code 3.</summary>
internal sealed class UnreadableSpecException(string message) : Exception(message);
