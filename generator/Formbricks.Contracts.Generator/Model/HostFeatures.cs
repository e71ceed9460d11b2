namespace Formbricks.Contracts.Generator.Model;

/// <summary>
/// What the consuming compilation offers the generated code, read once from it as two booleans so that the rest of
/// the pipeline never holds the compilation.
/// </summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http is referenced: emit the <c>IServiceCollection</c> registration.</param>
/// <param name="HasConfiguration">Microsoft.Extensions.Configuration.Abstractions is referenced: also emit the overload that binds options from configuration.</param>
internal sealed record HostFeatures(bool HasHttpClientFactory, bool HasConfiguration);
