namespace Formbricks.Contracts.Drift;

/// <summary>Options of a diff.</summary>
public sealed class DriftOptions
{
    /// <summary>The default options (today is the current UTC date).</summary>
    public static DriftOptions Default => new();

    /// <summary>The date a deprecated operation's <c>x-sunset</c> is compared with (default: today, UTC).</summary>
    public DateTime Today { get; set; } = DateTime.UtcNow.Date;

    /// <summary>Include INFO findings (added operations, optional parameters and properties). Default true.</summary>
    public bool IncludeInfo { get; set; } = true;
}
