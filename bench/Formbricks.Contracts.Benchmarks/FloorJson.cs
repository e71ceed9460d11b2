using System.Text.Json;
using System.Text.Json.Serialization;

namespace Formbricks.Contracts.Benchmarks;

// The floor of ClientBenchmarks: hand-written records with the generated client's shapes (the same properties, the
// same types, unknown properties kept), read by System.Text.Json's source-generated metadata.

internal sealed record FloorMeta(int Total, int Limit, int Offset)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed record FloorLink(string ContactId, Uri SurveyUrl, DateTimeOffset? ExpiresAt, Dictionary<string, string>? Attributes)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed record FloorLinksPage(List<FloorLink> Data, FloorMeta Meta)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal enum FloorSurveyType
{
    Link,
    App,
}

internal enum FloorSurveyStatus
{
    Draft,
    Scheduled,
    InProgress,
    Paused,
    Completed,
}

internal sealed record FloorSurvey
{
    public string? Id { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? Name { get; set; }

    public FloorSurveyType? Type { get; set; }

    public string? EnvironmentId { get; set; }

    public FloorSurveyStatus? Status { get; set; }

    public List<JsonElement>? Questions { get; set; }

    public List<JsonElement>? Blocks { get; set; }

    public JsonElement? WelcomeCard { get; set; }

    public List<JsonElement>? Endings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed record FloorSurveysPage(List<FloorSurvey> Data, FloorMeta Meta)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(FloorLinksPage))]
[JsonSerializable(typeof(FloorSurveysPage))]
internal sealed partial class FloorJson : JsonSerializerContext;
