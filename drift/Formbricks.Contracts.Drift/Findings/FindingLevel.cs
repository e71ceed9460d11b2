namespace Formbricks.Contracts.Drift;

/// <summary>How much a change matters to a client, ordered from least to most.</summary>
public enum FindingLevel
{
    /// <summary>Worth knowing; breaks nothing.</summary>
    Info = 0,

    /// <summary>May break some clients (e.g. a new enum value a client does not expect).</summary>
    Warn = 1,

    /// <summary>Breaks clients written against the base document.</summary>
    Err = 2,
}

/// <summary>Text forms of <see cref="FindingLevel"/>: <c>ERR</c>, <c>WARN</c>, <c>INFO</c>.</summary>
public static class FindingLevels
{
    /// <summary>The level's short name.</summary>
    /// <param name="level">The level.</param>
    /// <returns><c>ERR</c>, <c>WARN</c> or <c>INFO</c>.</returns>
    public static string Name(FindingLevel level) => level switch
    {
        FindingLevel.Err => "ERR",
        FindingLevel.Warn => "WARN",
        _ => "INFO",
    };

    /// <summary>Parses <c>ERR</c>, <c>WARN</c> or <c>INFO</c> (any case; <c>ERROR</c>/<c>WARNING</c> too).</summary>
    /// <param name="text">The text.</param>
    /// <param name="level">The level when parsed.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParse(string? text, out FindingLevel level)
    {
        switch ((text ?? string.Empty).Trim().ToUpperInvariant())
        {
            case "ERR":
            case "ERROR":
                level = FindingLevel.Err;
                return true;
            case "WARN":
            case "WARNING":
                level = FindingLevel.Warn;
                return true;
            case "INFO":
                level = FindingLevel.Info;
                return true;
            default:
                level = FindingLevel.Info;
                return false;
        }
    }
}
