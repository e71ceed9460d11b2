using Formbricks.Contracts.Generator.Common;

namespace Formbricks.Contracts.Generator.Model;

/// <summary>
/// The value rules of a parameter's or property's schema, emitted as a <c>FormbricksConstraint</c> attribute for the
/// analyzers. Numbers are kept as the spec's text (invariant culture); null means the spec sets no such rule.
/// </summary>
/// <param name="Location">Where the schema is in the spec: <c>spec/formbricks.openapi.yml(233,13)</c>.</param>
/// <param name="Minimum">The inclusive lower bound.</param>
/// <param name="ExclusiveMinimum">The exclusive lower bound.</param>
/// <param name="Maximum">The inclusive upper bound.</param>
/// <param name="ExclusiveMaximum">The exclusive upper bound.</param>
/// <param name="MinLength">The shortest string.</param>
/// <param name="MaxLength">The longest string.</param>
/// <param name="Pattern">The regular expression a string matches.</param>
/// <param name="MaxItems">The most items of an array.</param>
/// <param name="MaxListItems">The most items of a comma-separated list string (<c>x-formbricks-max-keys</c>).</param>
/// <param name="Values">The closed set of string values (<c>enum</c>), empty when open.</param>
internal sealed record ConstraintSpec(
    string Location,
    string? Minimum,
    string? ExclusiveMinimum,
    string? Maximum,
    string? ExclusiveMaximum,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    int? MaxItems,
    int? MaxListItems,
    EquatableArray<string> Values);
