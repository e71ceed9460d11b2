using System.Text.Json.Nodes;
using Formbricks.Contracts.Fakes.State;

namespace Formbricks.Contracts.Fakes;

/// <summary>
/// The fake server's data: what it was seeded with and what the API created. Tests read it to check what an API
/// call stored and add to it for their own setup. All members are thread-safe; lists are snapshots. Entities change
/// only through the server's API and the methods here (<see cref="SetTimestamps"/>, <see cref="SetSurveyStatus"/>, …),
/// each under the data's lock.
/// </summary>
public sealed partial class FakeData
{
    private readonly Dictionary<string, FakeEntity> _byId = new(StringComparer.Ordinal);
    private readonly List<FakeEnvironment> _environments = [];
    private readonly List<FakeSurvey> _surveys = [];
    private readonly List<FakeContact> _contacts = []; // ascending (CreatedAt, Sequence): newest last
    private readonly List<FakeContactAttributeKey> _attributeKeys = [];
    private readonly List<FakeSegment> _segments = [];
    private readonly List<FakeResponse> _responses = [];
    private readonly HashSet<(string SurveyId, string SingleUseId)> _singleUseClaims = [];
    private readonly List<FakeDisplay> _displays = [];
    private readonly List<FakeWebhook> _webhooks = [];
    private readonly List<FakeActionClass> _actionClasses = [];
    private readonly Dictionary<string, FakeApiKey[]> _apiKeys = new(StringComparer.Ordinal);
    private readonly IdGenerator _ids;
    private long _sequence;

    internal FakeData(TimeProvider clock, IdGenerator ids)
    {
        Clock = clock;
        _ids = ids;
    }

    internal object Gate { get; } = new();

    /// <summary>The id sequence (for a reset that replays the server's draws).</summary>
    internal IdGenerator Ids => _ids;

    internal TimeProvider Clock { get; }

    /// <summary>The environments (workspaces).</summary>
    public IReadOnlyList<FakeEnvironment> Environments => Snapshot(_environments);

    /// <summary>The surveys.</summary>
    public IReadOnlyList<FakeSurvey> Surveys => Snapshot(_surveys);

    /// <summary>The contacts, oldest first.</summary>
    public IReadOnlyList<FakeContact> Contacts => Snapshot(_contacts);

    /// <summary>The contact attribute keys.</summary>
    public IReadOnlyList<FakeContactAttributeKey> AttributeKeys => Snapshot(_attributeKeys);

    /// <summary>The segments.</summary>
    public IReadOnlyList<FakeSegment> Segments => Snapshot(_segments);

    /// <summary>The responses.</summary>
    public IReadOnlyList<FakeResponse> Responses => Snapshot(_responses);

    /// <summary>The displays.</summary>
    public IReadOnlyList<FakeDisplay> Displays => Snapshot(_displays);

    /// <summary>The webhooks.</summary>
    public IReadOnlyList<FakeWebhook> Webhooks => Snapshot(_webhooks);

    /// <summary>The action classes.</summary>
    public IReadOnlyList<FakeActionClass> ActionClasses => Snapshot(_actionClasses);

    /// <summary>Finds any entity by id.</summary>
    /// <typeparam name="T">The expected entity type.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The entity, or <see langword="null"/> when there is none of that type.</returns>
    public T? Find<T>(string id)
        where T : FakeEntity
    {
        lock (Gate)
        {
            return _byId.TryGetValue(id, out var entity) ? entity as T : null;
        }
    }

    /// <summary>Adds a survey.</summary>
    /// <param name="environmentId">The environment.</param>
    /// <param name="type">Link or app.</param>
    /// <param name="status">Lifecycle state.</param>
    /// <param name="name">Name; generated when omitted.</param>
    /// <param name="singleUse">Single-use settings (with the used-link texts), or <see langword="null"/> for none.</param>
    /// <param name="surveyClosedMessage">The completed page's own texts, or <see langword="null"/> for the defaults.</param>
    /// <returns>The stored survey.</returns>
    public FakeSurvey AddSurvey(
        string environmentId, FakeSurveyType type, FakeSurveyStatus status, string? name = null, FakeSingleUse? singleUse = null,
        FakeSurveyClosedMessage? surveyClosedMessage = null)
    {
        var survey = new FakeSurvey
        {
            Id = NewId(),
            EnvironmentId = environmentId,
            Type = type,
            Status = status,
            Name = name ?? "Test survey",
            SingleUse = singleUse,
            SurveyClosedMessage = surveyClosedMessage,
        };
        survey.QuestionsJson.Add(new JsonObject { ["id"] = "q1", ["type"] = "openText", ["headline"] = new JsonObject { ["default"] = "What do you think?" } });
        return Add(_surveys, survey);
    }

    /// <summary>Adds a contact.</summary>
    /// <param name="environmentId">The environment.</param>
    /// <param name="attributes">Attribute values keyed by attribute key (e.g. <c>userId</c>, <c>email</c>).</param>
    /// <returns>The stored contact.</returns>
    public FakeContact AddContact(string environmentId, IDictionary<string, string>? attributes = null)
    {
        var contact = new FakeContact { Id = NewId(), EnvironmentId = environmentId };
        contact.ReplaceAttributes(attributes is null ? new(StringComparer.Ordinal) : new(attributes, StringComparer.Ordinal));
        return Add(_contacts, contact);
    }

    /// <summary>Adds <paramref name="count"/> contacts with <c>userId</c> (<c>{prefix}-{n}</c>) and <c>email</c> attributes.</summary>
    /// <param name="environmentId">The environment.</param>
    /// <param name="count">How many.</param>
    /// <param name="userIdPrefix">Prefix of the generated <c>userId</c> values.</param>
    /// <returns>The stored contacts, in creation order.</returns>
    public IReadOnlyList<FakeContact> AddContacts(string environmentId, int count, string userIdPrefix = "test-user")
    {
        var contacts = new List<FakeContact>(count);
        for (var i = 1; i <= count; i++)
        {
            contacts.Add(AddContact(environmentId, new Dictionary<string, string>
            {
                ["userId"] = $"{userIdPrefix}-{i}",
                ["email"] = $"{userIdPrefix}-{i}@example.com",
            }));
        }

        return contacts;
    }

    /// <summary>Adds a segment of the given contacts.</summary>
    /// <param name="environmentId">The environment.</param>
    /// <param name="contactIds">The member contacts.</param>
    /// <param name="title">Title; generated when omitted.</param>
    /// <returns>The stored segment.</returns>
    public FakeSegment AddSegment(string environmentId, IEnumerable<string> contactIds, string? title = null)
    {
        var segment = new FakeSegment { Id = NewId(), EnvironmentId = environmentId, Title = title ?? "Test segment" };
        segment.Members.UnionWith(contactIds);
        return Add(_segments, segment);
    }

    /// <summary>Adds a response.</summary>
    /// <param name="surveyId">The survey answered.</param>
    /// <param name="contactId">The contact, if any.</param>
    /// <param name="finished">Whether it is finished.</param>
    /// <param name="singleUseId">The canonical single-use id, if any.</param>
    /// <returns>The stored response.</returns>
    /// <exception cref="InvalidOperationException">A response with that single-use id already exists for the survey.</exception>
    public FakeResponse AddResponse(string surveyId, string? contactId = null, bool finished = true, string? singleUseId = null)
    {
        var response = new FakeResponse { Id = NewId(), SurveyId = surveyId, ContactId = contactId, Finished = finished, SingleUseId = singleUseId };
        response.DataJson["q1"] = "Seeded answer";
        return TryAddResponse(response)
            ? response
            : throw new InvalidOperationException("Response already submitted for this single-use link");
    }

    /// <summary>Lets <paramref name="key"/> in, with its permission (replacing an earlier grant on the same environment).</summary>
    /// <param name="key">The key and its permission; a <see langword="null"/> environment is not allowed here.</param>
    public void AddApiKey(FakeApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key.EnvironmentId);
        lock (Gate)
        {
            var grants = _apiKeys.TryGetValue(key.Key, out var existing) ? existing : [];
            _apiKeys[key.Key] = [.. grants.Where(g => g.EnvironmentId != key.EnvironmentId), key];
        }
    }

    /// <summary>
    /// Sets when <paramref name="entity"/> was created (and, when given, last changed), e.g. to test date filters or the
    /// newest-first order; contacts move to their new place in that order.
    /// </summary>
    /// <param name="entity">An entity of this server (from <see cref="Find{T}"/>, a list or an <c>Add…</c> call).</param>
    /// <param name="createdAt">The new <see cref="FakeEntity.CreatedAt"/>.</param>
    /// <param name="updatedAt">The new <see cref="FakeEntity.UpdatedAt"/>, or <see langword="null"/> to leave it.</param>
    /// <exception cref="ArgumentException">The entity is not stored by this server.</exception>
    public void SetTimestamps(FakeEntity entity, DateTimeOffset createdAt, DateTimeOffset? updatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        lock (Gate)
        {
            RequireStored(entity);
            entity.CreatedAt = createdAt;
            entity.UpdatedAt = updatedAt ?? entity.UpdatedAt;
            if (entity is FakeContact contact)
            {
                _contacts.Remove(contact);
                InsertContact(contact);
            }
        }
    }

    /// <summary>Sets the lifecycle state of a survey, as <c>updateSurvey</c> would (its <see cref="FakeEntity.UpdatedAt"/> becomes now).</summary>
    /// <param name="survey">A survey of this server.</param>
    /// <param name="status">The new state.</param>
    /// <exception cref="ArgumentException">The survey is not stored by this server.</exception>
    public void SetSurveyStatus(FakeSurvey survey, FakeSurveyStatus status) => UpdateSurvey(survey, s => s.Status = status);

    /// <summary>Sets the single-use settings of a survey (with the texts of a used link); its <see cref="FakeEntity.UpdatedAt"/> becomes now.</summary>
    /// <param name="survey">A survey of this server.</param>
    /// <param name="singleUse">The settings, or <see langword="null"/> to turn single-use links off.</param>
    /// <exception cref="ArgumentException">The survey is not stored by this server.</exception>
    public void SetSingleUse(FakeSurvey survey, FakeSingleUse? singleUse) => UpdateSurvey(survey, s => s.SingleUse = singleUse);

    /// <summary>Sets the completed page's own texts of a survey; its <see cref="FakeEntity.UpdatedAt"/> becomes now.</summary>
    /// <param name="survey">A survey of this server.</param>
    /// <param name="message">The texts, or <see langword="null"/> for the default ones.</param>
    /// <exception cref="ArgumentException">The survey is not stored by this server.</exception>
    public void SetSurveyClosedMessage(FakeSurvey survey, FakeSurveyClosedMessage? message) => UpdateSurvey(survey, s => s.SurveyClosedMessage = message);

    internal FakeApiKey[]? FindApiKey(string key)
    {
        lock (Gate)
        {
            return _apiKeys.TryGetValue(key, out var grants) ? grants : null;
        }
    }

    internal string NewId() => _ids.Next();

    internal byte[] NewBytes(int count) => _ids.NextBytes(count);

    internal T Add<T>(List<T> list, T entity)
        where T : FakeEntity
    {
        lock (Gate)
        {
            if (entity.CreatedAt == default)
            {
                entity.CreatedAt = Clock.GetUtcNow();
            }

            if (entity.UpdatedAt == default)
            {
                entity.UpdatedAt = entity.CreatedAt;
            }

            entity.Sequence = ++_sequence;
            _byId.Add(entity.Id, entity);
            if (ReferenceEquals(list, _contacts))
            {
                InsertContact((FakeContact)(object)entity);
            }
            else
            {
                list.Add(entity);
            }

            return entity;
        }
    }

    internal FakeEnvironment AddEnvironment(FakeEnvironment environment) => Add(_environments, environment);

    internal FakeContactAttributeKey AddAttributeKey(FakeContactAttributeKey key) => Add(_attributeKeys, key);

    internal FakeWebhook AddWebhook(FakeWebhook webhook) => Add(_webhooks, webhook);

    internal FakeActionClass AddActionClass(FakeActionClass actionClass) => Add(_actionClasses, actionClass);

    internal FakeDisplay AddDisplay(FakeDisplay display) => Add(_displays, display);

    internal FakeContact AddSeededContact(FakeContact contact) => Add(_contacts, contact);

    /// <summary>Stores a response unless its single-use id was used for the survey before; atomic under concurrency.</summary>
    internal bool TryAddResponse(FakeResponse response)
    {
        lock (Gate)
        {
            if (response.SingleUseId is { } suId && !_singleUseClaims.Add((response.SurveyId, suId)))
            {
                return false;
            }

            Add(_responses, response);
            return true;
        }
    }

    /// <summary>
    /// Moves <paramref name="response"/> to <paramref name="singleUseId"/> under the unique (surveyId, singleUseId)
    /// rule; false (and nothing changed) when another response of the survey holds that id.
    /// </summary>
    internal bool TryChangeSingleUseId(FakeResponse response, string? singleUseId)
    {
        lock (Gate)
        {
            if (response.SingleUseId == singleUseId)
            {
                return true;
            }

            if (singleUseId is not null && !_singleUseClaims.Add((response.SurveyId, singleUseId)))
            {
                return false;
            }

            if (response.SingleUseId is { } old)
            {
                _singleUseClaims.Remove((response.SurveyId, old));
            }

            response.SingleUseId = singleUseId;
            return true;
        }
    }

    internal bool Remove<T>(T entity)
        where T : FakeEntity
    {
        lock (Gate)
        {
            if (!_byId.Remove(entity.Id))
            {
                return false;
            }

            switch (entity)
            {
                case FakeSurvey survey:
                    _surveys.Remove(survey);
                    foreach (var response in _responses.Where(r => r.SurveyId == survey.Id).ToList())
                    {
                        Remove(response);
                    }

                    break;
                case FakeResponse response:
                    _responses.Remove(response);
                    if (response.SingleUseId is { } suId)
                    {
                        _singleUseClaims.Remove((response.SurveyId, suId));
                    }

                    break;
                case FakeWebhook webhook:
                    _webhooks.Remove(webhook);
                    break;
                case FakeActionClass actionClass:
                    _actionClasses.Remove(actionClass);
                    break;
                default:
                    throw new NotSupportedException($"Removing {typeof(T).Name} is not supported.");
            }

            return true;
        }
    }

    private void UpdateSurvey(FakeSurvey survey, Action<FakeSurvey> change)
    {
        ArgumentNullException.ThrowIfNull(survey);
        lock (Gate)
        {
            RequireStored(survey);
            change(survey);
            survey.UpdatedAt = Clock.GetUtcNow();
        }
    }

    /// <summary>Throws unless <paramref name="entity"/> is the stored instance of its id; call under <see cref="Gate"/>.</summary>
    private void RequireStored(FakeEntity entity)
    {
        if (!_byId.TryGetValue(entity.Id, out var stored) || !ReferenceEquals(stored, entity))
        {
            throw new ArgumentException($"The {entity.GetType().Name} {entity.Id} is not stored by this server.", nameof(entity));
        }
    }

    internal static IEnumerable<T> NewestFirst<T>(IEnumerable<T> items)
        where T : FakeEntity =>
        items.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Sequence);

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (Gate)
        {
            return [.. list];
        }
    }
}
