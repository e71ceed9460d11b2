namespace Formbricks.Contracts.Conformance;

/// <summary>What part of the contract an answer breaks.</summary>
public enum ContractFindingKind
{
    /// <summary>The body does not fit the schema (or is not JSON, or is sent where none is declared).</summary>
    Body,

    /// <summary>No path of the spec matches the request path.</summary>
    UnknownPath,

    /// <summary>The method is not declared for the path.</summary>
    UndeclaredMethod,

    /// <summary>The status is not declared (exactly, as a range, or as <c>default</c>).</summary>
    UndeclaredStatus,

    /// <summary>The content type is not one the response declares.</summary>
    UndeclaredContentType,

    /// <summary>A response header the spec marks required is missing.</summary>
    MissingHeader,
}
