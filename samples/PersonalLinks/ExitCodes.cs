namespace PersonalLinks;

/// <summary>
/// The tool's exit codes, one meaning each, so a script can tell what to do next (retry on 4, fix the call on 2, …).
/// Listed in <c>--help</c> (<see cref="Help"/>) and in the README.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every link was written and the output file is in place.</summary>
    public const int Ok = 0;

    /// <summary>Formbricks answered with an error (bad key, unknown survey or segment, no licence, rate limit, …).</summary>
    public const int ApiError = 1;

    /// <summary>The command line is wrong (unknown option, a value that does not parse or is out of range).</summary>
    public const int Usage = 2;

    /// <summary>The output file could not be written (folder missing, no permission, disk full).</summary>
    public const int OutputError = 3;

    /// <summary>Formbricks could not be reached (connection refused, DNS, TLS, timeout): worth a retry.</summary>
    public const int Unreachable = 4;

    /// <summary>An unexpected failure: a bug in the tool (EX_SOFTWARE of sysexits.h); the output file is left as it was.</summary>
    public const int Bug = 70;

    /// <summary>Stopped by Ctrl-C (SIGINT) or SIGTERM; the output file was left as it was (128 + SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit-code table as <c>--help</c> prints it.</summary>
    public const string Help =
        "Exit codes: 0 done; 1 Formbricks refused the request; 2 bad command line; 3 the output file could not be " +
        "written; 4 Formbricks could not be reached; 70 a bug in the tool; 130 cancelled (Ctrl-C). On any non-zero exit the output file is " +
        "left as it was.";
}
