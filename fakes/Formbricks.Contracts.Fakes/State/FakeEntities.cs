using System.Collections.ObjectModel;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes;

/// <summary>Permission levels an API key can hold on an environment (workspace); each includes the ones below it.</summary>
public enum FakeAccessLevel
{
    /// <summary>May read (GET).</summary>
    Read = 1,

    /// <summary>May read and create/update (POST, PUT, PATCH).</summary>
    Write = 2,

    /// <summary>May read, write and delete (DELETE).</summary>
    Manage = 3,
}

/// <summary>Where a survey is shown: as a public link or inside an app.</summary>
public enum FakeSurveyType
{
    /// <summary>A link survey (<c>"link"</c>).</summary>
    Link,

    /// <summary>An in-app survey (<c>"app"</c>).</summary>
    App,
}

/// <summary>The lifecycle state of a survey.</summary>
public enum FakeSurveyStatus
{
    /// <summary><c>"draft"</c>.</summary>
    Draft,

    /// <summary><c>"inProgress"</c>: the only state that accepts responses.</summary>
    InProgress,

    /// <summary><c>"paused"</c>.</summary>
    Paused,

    /// <summary><c>"completed"</c>.</summary>
    Completed,
}

/// <summary>Common fields of everything stored by the fake server.</summary>
public abstract class FakeEntity
{
    /// <summary>The cuid2-like id (25 lower-case alphanumerics, starting with a letter).</summary>
    public required string Id { get; init; }

    /// <summary>When the entity was created (from the server's clock, or seeded).</summary>
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>When the entity was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>Insertion order; breaks ties between equal <see cref="CreatedAt"/> values (newest first).</summary>
    internal long Sequence { get; set; }
}

/// <summary>An environment (called "workspace" since Formbricks 5); API keys hold permissions per environment.</summary>
public sealed class FakeEnvironment : FakeEntity
{
    /// <summary><c>production</c> or <c>development</c>.</summary>
    public string Type { get; internal set; } = "production";

    /// <summary>The project the environment belongs to.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The organization the project belongs to.</summary>
    public required string OrganizationId { get; init; }
}

/// <summary>Single-use link settings of a survey (<c>singleUse</c>).</summary>
/// <param name="Enabled">Whether the survey takes single-use links only.</param>
/// <param name="IsEncrypted">Encrypted mode (<c>suId</c> is an AES-GCM blob) or signed mode (<c>suId</c> plus <c>suToken</c>).</param>
/// <param name="Heading">
/// <c>singleUse.heading</c>: the heading of the page a used (finished) link shows; <see langword="null"/> = the default
/// "The survey has already been answered." (the page uses <c>heading ?? default</c>, so an empty string stays empty).
/// </param>
/// <param name="Subheading"><c>singleUse.subheading</c>: its text; <see langword="null"/> = "You can only use this link once.".</param>
public sealed record FakeSingleUse(bool Enabled, bool IsEncrypted, string? Heading = null, string? Subheading = null);

/// <summary>
/// A survey's own closed message (<c>surveyClosedMessage</c>). When a survey has one, its completed page shows
/// <paramref name="Heading"/> and <paramref name="Subheading"/> instead of "Survey Completed" / "This survey is closed."
/// (both replaced together, as the real page does: a missing one is shown empty). Paused surveys ignore it.
/// </summary>
/// <param name="Heading">The heading (<c>surveyClosedMessage.heading</c>).</param>
/// <param name="Subheading">The text (<c>surveyClosedMessage.subheading</c>).</param>
public sealed record FakeSurveyClosedMessage(string? Heading, string? Subheading);

/// <summary>A survey.</summary>
public sealed class FakeSurvey : FakeEntity
{
    /// <summary>The environment the survey belongs to.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>The survey's name.</summary>
    public string Name { get; internal set; } = "";

    /// <summary>Link or app survey.</summary>
    public FakeSurveyType Type { get; internal set; }

    /// <summary>Lifecycle state.</summary>
    public FakeSurveyStatus Status { get; internal set; }

    /// <summary>Single-use settings, or <see langword="null"/> when single-use links are off.</summary>
    public FakeSingleUse? SingleUse { get; internal set; }

    /// <summary>The closed message of the completed page, or <see langword="null"/> for the default texts.</summary>
    public FakeSurveyClosedMessage? SurveyClosedMessage { get; internal set; }

    /// <summary>The legacy question list, as JSON. A copy: changing it changes nothing on the server.</summary>
    public JsonArray Questions => (JsonArray)QuestionsJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonArray QuestionsJson { get; set; } = [];

    /// <summary>The block structure, as JSON. A copy: changing it changes nothing on the server.</summary>
    public JsonArray Blocks => (JsonArray)BlocksJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonArray BlocksJson { get; set; } = [];

    /// <summary>The welcome card, as JSON. A copy: changing it changes nothing on the server.</summary>
    public JsonObject WelcomeCard => (JsonObject)WelcomeCardJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonObject WelcomeCardJson { get; set; } = new() { ["enabled"] = false };

    /// <summary>The endings, as JSON. A copy: changing it changes nothing on the server.</summary>
    public JsonArray Endings => (JsonArray)EndingsJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonArray EndingsJson { get; set; } = [];
}

/// <summary>A contact and its attribute values (keyed by attribute key, e.g. <c>userId</c>, <c>email</c>).</summary>
public sealed class FakeContact : FakeEntity
{
    private readonly Func<IDictionary<string, string>>? _attributeFactory;
    private IDictionary<string, string>? _attributes;

    /// <summary>Creates a contact whose attributes are built on first use (keeps large seeded segments compact).</summary>
    /// <param name="attributeFactory">Builds the attributes when they are first read, or <see langword="null"/> for none.</param>
    public FakeContact(Func<IDictionary<string, string>>? attributeFactory = null)
    {
        _attributeFactory = attributeFactory;
    }

    /// <summary>The environment the contact belongs to.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>Attribute values keyed by attribute key (read-only: they change through the API under the data's lock).</summary>
    public IDictionary<string, string> Attributes => new ReadOnlyDictionary<string, string>(AttributeMap);

    /// <summary>
    /// The stored attributes: built on first use, then replaced whole under the data's lock (<see cref="ReplaceAttributes"/>),
    /// never changed in place, so a reader needs no lock.
    /// </summary>
    internal IDictionary<string, string> AttributeMap
    {
        get
        {
            if (_attributes is null)
            {
                var built = _attributeFactory?.Invoke() ?? new Dictionary<string, string>(StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _attributes, built, null);
            }

            return _attributes;
        }
    }

    /// <summary>Stores <paramref name="attributes"/> as the contact's attributes; call under the data's lock.</summary>
    internal void ReplaceAttributes(Dictionary<string, string> attributes) => Volatile.Write(ref _attributes, attributes);
}

/// <summary>A contact attribute key of an environment.</summary>
public sealed class FakeContactAttributeKey : FakeEntity
{
    /// <summary>The environment the key belongs to.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>The key, e.g. <c>email</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; internal set; }

    /// <summary>Description.</summary>
    public string? Description { get; internal set; }

    /// <summary><c>default</c> for the built-in keys, <c>custom</c> otherwise.</summary>
    public string Type { get; internal set; } = "custom";
}

/// <summary>A segment: a set of contacts of one environment.</summary>
public sealed class FakeSegment : FakeEntity
{
    /// <summary>The environment the segment belongs to.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>The segment's title.</summary>
    public string Title { get; internal set; } = "";

    /// <summary>The ids of the member contacts, fixed when the segment is added (<see cref="FakeData.AddSegment"/>).</summary>
    public IReadOnlySet<string> ContactIds => Members;

    /// <summary>The members; filled once by <see cref="FakeData.AddSegment"/>, so the fake's paging index stays valid.</summary>
    internal HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, the segment's filters cannot be translated (the real server answers 400 "Invalid segment filters").</summary>
    public bool HasInvalidFilters { get; internal set; }
}

/// <summary>A survey response.</summary>
public sealed class FakeResponse : FakeEntity
{
    /// <summary>The survey answered.</summary>
    public required string SurveyId { get; init; }

    /// <summary>The contact the response is attributed to, if any.</summary>
    public string? ContactId { get; internal set; }

    /// <summary>The display the response belongs to, if any.</summary>
    public string? DisplayId { get; internal set; }

    /// <summary>The canonical single-use id (the decrypted one in encrypted mode), if any.</summary>
    public string? SingleUseId { get; internal set; }

    /// <summary>Whether the respondent finished the survey.</summary>
    public bool Finished { get; internal set; }

    /// <summary>The ending shown, if any.</summary>
    public string? EndingId { get; internal set; }

    /// <summary>The response language, if any.</summary>
    public string? Language { get; internal set; }

    /// <summary>Answers keyed by question id. A copy: changing it changes nothing on the server.</summary>
    public JsonObject Data => (JsonObject)DataJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonObject DataJson { get; set; } = new();

    /// <summary>Variables. A copy: changing it changes nothing on the server.</summary>
    public JsonObject Variables => (JsonObject)VariablesJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonObject VariablesJson { get; set; } = new();

    /// <summary>Time to complete per question, in ms. A copy: changing it changes nothing on the server.</summary>
    public JsonObject Ttc => (JsonObject)TtcJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonObject TtcJson { get; set; } = new();

    /// <summary>Response metadata (<c>source</c>, <c>url</c>, <c>userAgent</c>, …). A copy: changing it changes nothing on the server.</summary>
    public JsonObject Meta => (JsonObject)MetaJson.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonObject MetaJson { get; set; } = new();

    /// <summary>Snapshot of the contact's attributes at submission time (read-only).</summary>
    public IDictionary<string, string>? ContactAttributes => ContactAttributeMap is { } map ? new ReadOnlyDictionary<string, string>(map) : null;

    /// <summary>The stored snapshot, never changed once set.</summary>
    internal Dictionary<string, string>? ContactAttributeMap { get; init; }
}

/// <summary>A display: a survey was shown.</summary>
public sealed class FakeDisplay : FakeEntity
{
    /// <summary>The survey shown.</summary>
    public required string SurveyId { get; init; }

    /// <summary>The contact it was shown to, if known.</summary>
    public string? ContactId { get; internal set; }
}

/// <summary>A webhook.</summary>
public sealed class FakeWebhook : FakeEntity
{
    /// <summary>The environment the webhook belongs to.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; internal set; }

    /// <summary>Target URL.</summary>
    public required string Url { get; init; }

    /// <summary><c>user</c>, <c>zapier</c>, <c>make</c> or <c>n8n</c>.</summary>
    public string Source { get; internal set; } = "user";

    /// <summary>Triggers: <c>responseCreated</c>, <c>responseUpdated</c>, <c>responseFinished</c> (a copy).</summary>
    public List<string> Triggers => [.. TriggerList];

    /// <summary>Survey scope; empty means all surveys (a copy).</summary>
    public List<string> SurveyIds => [.. SurveyIdList];

    /// <summary>The stored triggers, filled before the webhook is stored and never changed after.</summary>
    internal List<string> TriggerList { get; } = [];

    /// <summary>The stored survey scope, filled before the webhook is stored and never changed after.</summary>
    internal List<string> SurveyIdList { get; } = [];

    /// <summary>The signing secret (<c>whsec_…</c>), returned only by the create call.</summary>
    public string Secret { get; internal set; } = "";
}

/// <summary>An action class (code or no-code action).</summary>
public sealed class FakeActionClass : FakeEntity
{
    /// <summary>The environment the action class belongs to.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; internal set; }

    /// <summary><c>code</c> or <c>noCode</c>.</summary>
    public string Type { get; internal set; } = "code";

    /// <summary>The key of a code action.</summary>
    public string? Key { get; internal set; }

    /// <summary>The configuration of a no-code action. A copy: changing it changes nothing on the server.</summary>
    public JsonObject? NoCodeConfig => (JsonObject?)NoCodeConfigJson?.DeepClone();

    /// <summary>The stored JSON: replaced whole under the data's lock, never changed in place once stored (readers write it unlocked).</summary>
    internal JsonObject? NoCodeConfigJson { get; set; }
}
