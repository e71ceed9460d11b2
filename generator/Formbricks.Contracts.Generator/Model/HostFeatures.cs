using System.Collections.Immutable;

namespace Formbricks.Contracts.Generator.Model;

/// <summary>
/// What the consuming compilation offers the generated code, read once from it as plain values so that the rest of
/// the pipeline never holds the compilation.
/// </summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http is referenced: emit the <c>IServiceCollection</c> registration.</param>
/// <param name="HasConfiguration">Microsoft.Extensions.Configuration.Abstractions is referenced: also emit the overload that binds options from configuration.</param>
/// <param name="SupportsLanguage">The project compiles C# 11 or later, which the generated code is written in.</param>
/// <param name="LanguageVersion">The project's C# version, for the message when it is too old.</param>
/// <param name="MissingTypes">Types the generated code needs that the project does not reference (comma-separated; empty when none).</param>
internal sealed record HostFeatures(bool HasHttpClientFactory, bool HasConfiguration, bool SupportsLanguage = true, string LanguageVersion = "", string MissingTypes = "")
{
    /// <summary>The types the generated code cannot do without: System.Text.Json, HttpClient and the .NET 6+ date types.</summary>
    public static readonly ImmutableArray<string> RequiredTypes =
    [
        "System.Text.Json.Utf8JsonReader", "System.Text.Json.Serialization.JsonConverter`1", "System.Net.Http.HttpClient", "System.DateOnly",
        "System.Collections.Generic.IAsyncEnumerable`1",
    ];
}
