namespace Formbricks.Contracts.Generator.Parsing;

/// <summary>
/// One opted-in spec file as the pipeline's first step sees it: its path, its text and the options from its
/// <c>AdditionalFiles</c> metadata. A record of strings, so equal inputs are recognised and cached.
/// </summary>
internal sealed record SpecInput(string Path, string Text, string? Namespace, string? ClientName, string? RootNamespace, string? ProjectDirectory = null);
