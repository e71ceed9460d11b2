using System.Text.Json.Nodes;
using Bogus;

namespace Formbricks.Contracts.Fakes.Seeding;

/// <summary>Fills a <see cref="FakeData"/> deterministically from the seed number, with Bogus for the human-looking parts.</summary>
internal static class Seeder
{
    private const int NamePoolSize = 256;
    private static readonly string[] DefaultKeys = ["userId", "email", "firstName", "lastName"];

    public static SeededIds Seed(FakeData data, FakeFormbricksOptions options, string apiKey)
    {
        var faker = new Faker("en") { Random = new Randomizer(options.Seed) };
        var start = data.Clock.GetUtcNow();
        var organizationId = data.NewId();
        var projectId = data.NewId();
        var main = data.AddEnvironment(new FakeEnvironment
        {
            Id = data.NewId(), ProjectId = projectId, OrganizationId = organizationId, Type = "production", CreatedAt = start.AddDays(-400),
        });
        var other = data.AddEnvironment(new FakeEnvironment
        {
            Id = data.NewId(), ProjectId = projectId, OrganizationId = organizationId, Type = "development", CreatedAt = start.AddDays(-400),
        });
        data.AddApiKey(new FakeApiKey(apiKey, FakeAccessLevel.Manage, main.Id));
        foreach (var key in options.ApiKeys)
        {
            data.AddApiKey(key with { EnvironmentId = key.EnvironmentId ?? main.Id });
        }

        foreach (var environment in new[] { main, other })
        {
            foreach (var key in DefaultKeys)
            {
                data.AddAttributeKey(new FakeContactAttributeKey
                {
                    Id = data.NewId(), EnvironmentId = environment.Id, Key = key, Name = key, Type = "default", CreatedAt = environment.CreatedAt,
                });
            }
        }

        data.AddAttributeKey(new FakeContactAttributeKey
        {
            Id = data.NewId(), EnvironmentId = main.Id, Key = "plan", Name = "Plan", Description = "Subscription plan", CreatedAt = start.AddDays(-300),
        });

        var firstNames = Enumerable.Range(0, NamePoolSize).Select(_ => faker.Name.FirstName()).ToArray();
        var lastNames = Enumerable.Range(0, NamePoolSize).Select(_ => faker.Name.LastName()).ToArray();
        var contactCount = Math.Max(options.ContactCount, options.SegmentSizes.DefaultIfEmpty(0).Max());
        contactCount = Math.Max(contactCount, 2);
        var contactIds = SeedContacts(data, main.Id, contactCount, start.AddDays(-1), firstNames, lastNames, options.Seed);
        var otherContacts = SeedContacts(data, other.Id, 5, start.AddDays(-1), firstNames, lastNames, options.Seed + 1);

        var segments = new Dictionary<int, string>();
        foreach (var size in options.SegmentSizes.Distinct().Order())
        {
            var segment = data.AddSegment(main.Id, contactIds.Take(size), $"{faker.Commerce.Department()} ({size})");
            segment.CreatedAt = segment.UpdatedAt = start.AddDays(-10);
            segments[size] = segment.Id;
        }

        var invalid = data.AddSegment(main.Id, contactIds.Take(3), "Broken filters");
        invalid.HasInvalidFilters = true;
        var otherSegment = data.AddSegment(other.Id, otherContacts, "Other workspace");

        FakeSurvey Survey(string environmentId, FakeSurveyType type, FakeSurveyStatus status, FakeSingleUse? singleUse = null)
        {
            var survey = data.AddSurvey(environmentId, type, status, faker.Company.CatchPhrase(), singleUse);
            survey.CreatedAt = survey.UpdatedAt = start.AddDays(-faker.Random.Int(2, 60)).AddSeconds(-faker.Random.Int(0, 86_399));
            survey.EndingsJson.Add(new JsonObject { ["id"] = data.NewId(), ["type"] = "endScreen" });
            return survey;
        }

        var link = Survey(main.Id, FakeSurveyType.Link, FakeSurveyStatus.InProgress);
        var singleUseEncrypted = Survey(main.Id, FakeSurveyType.Link, FakeSurveyStatus.InProgress, new FakeSingleUse(true, true));
        var singleUse = Survey(main.Id, FakeSurveyType.Link, FakeSurveyStatus.InProgress, new FakeSingleUse(true, false));
        var draft = Survey(main.Id, FakeSurveyType.Link, FakeSurveyStatus.Draft);
        var paused = Survey(main.Id, FakeSurveyType.Link, FakeSurveyStatus.Paused);
        var completed = Survey(main.Id, FakeSurveyType.Link, FakeSurveyStatus.Completed);
        var app = Survey(main.Id, FakeSurveyType.App, FakeSurveyStatus.InProgress);
        var otherSurvey = Survey(other.Id, FakeSurveyType.Link, FakeSurveyStatus.InProgress);

        var responded = contactIds[1];
        var response = data.AddResponse(link.Id, responded);
        response.CreatedAt = response.UpdatedAt = start.AddHours(-5);
        for (var i = 0; i < 3; i++)
        {
            var anonymous = data.AddResponse(i == 2 ? completed.Id : link.Id, finished: i != 1);
            anonymous.CreatedAt = anonymous.UpdatedAt = start.AddHours(-10 - i);
            anonymous.DataJson["q1"] = faker.Lorem.Sentence();
        }

        var webhook = data.AddWebhook(new FakeWebhook
        {
            Id = data.NewId(), EnvironmentId = main.Id, Name = "CRM sync", Url = faker.Internet.UrlWithPath("https"),
            Secret = "whsec_" + Convert.ToBase64String(data.NewBytes(24)), CreatedAt = start.AddDays(-20),
        });
        webhook.TriggerList.AddRange(["responseCreated", "responseFinished"]);
        var zapier = data.AddWebhook(new FakeWebhook
        {
            Id = data.NewId(), EnvironmentId = main.Id, Url = faker.Internet.UrlWithPath("https"), Source = "zapier",
            Secret = "whsec_" + Convert.ToBase64String(data.NewBytes(24)), CreatedAt = start.AddDays(-15),
        });
        zapier.TriggerList.Add("responseFinished");
        zapier.SurveyIdList.Add(link.Id);

        var action = data.AddActionClass(new FakeActionClass
        {
            Id = data.NewId(), EnvironmentId = main.Id, Name = "New Session", Type = "code", Key = "new-session", CreatedAt = start.AddDays(-100),
        });
        data.AddActionClass(new FakeActionClass
        {
            Id = data.NewId(), EnvironmentId = main.Id, Name = "Clicked pricing", Type = "noCode", Description = faker.Lorem.Sentence(),
            NoCodeConfigJson = new JsonObject { ["type"] = "click", ["elementSelector"] = new JsonObject { ["cssSelector"] = ".pricing" } },
            CreatedAt = start.AddDays(-90),
        });

        // Seeded after everything above, so the ids and random values seeded before them stay as they were.
        var appDraft = Survey(main.Id, FakeSurveyType.App, FakeSurveyStatus.Draft);
        var appPaused = Survey(main.Id, FakeSurveyType.App, FakeSurveyStatus.Paused);
        var appCompleted = Survey(main.Id, FakeSurveyType.App, FakeSurveyStatus.Completed);
        var usedSingleUseId = data.NewId();
        var singleUseResponse = data.AddResponse(singleUse.Id, finished: true, singleUseId: usedSingleUseId);
        singleUseResponse.CreatedAt = singleUseResponse.UpdatedAt = start.AddHours(-2);

        return new SeededIds
        {
            OrganizationId = organizationId,
            ProjectId = projectId,
            EnvironmentId = main.Id,
            OtherEnvironmentId = other.Id,
            LinkSurveyId = link.Id,
            SingleUseEncryptedSurveyId = singleUseEncrypted.Id,
            SingleUseSurveyId = singleUse.Id,
            DraftSurveyId = draft.Id,
            PausedSurveyId = paused.Id,
            CompletedSurveyId = completed.Id,
            AppSurveyId = app.Id,
            AppDraftSurveyId = appDraft.Id,
            AppPausedSurveyId = appPaused.Id,
            AppCompletedSurveyId = appCompleted.Id,
            OtherEnvironmentSurveyId = otherSurvey.Id,
            SegmentsBySize = segments,
            InvalidFiltersSegmentId = invalid.Id,
            OtherEnvironmentSegmentId = otherSegment.Id,
            ContactId = contactIds[0],
            RespondedContactId = responded,
            OtherEnvironmentContactId = otherContacts[0],
            ResponseId = response.Id,
            SingleUseResponseId = singleUseResponse.Id,
            UsedSingleUseId = usedSingleUseId,
            WebhookId = webhook.Id,
            ActionClassId = action.Id,
        };
    }

    /// <summary>Seeds <paramref name="count"/> contacts one minute apart; returns their ids newest first.</summary>
    private static string[] SeedContacts(
        FakeData data, string environmentId, int count, DateTimeOffset newest, string[] firstNames, string[] lastNames, int seed)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = data.NewId();
        }

        // Oldest first, so that every insert lands at the end of the sorted contact list.
        for (var i = count - 1; i >= 0; i--)
        {
            var index = i;
            var contact = new FakeContact(() => Attributes(index, seed, firstNames, lastNames))
            {
                Id = ids[i], EnvironmentId = environmentId, CreatedAt = newest.AddMinutes(-i),
            };
            data.AddSeededContact(contact);
        }

        return ids;
    }

    private static Dictionary<string, string> Attributes(int index, int seed, string[] firstNames, string[] lastNames)
    {
        // A fixed integer mix (HashCode.Combine is randomized per process and would break determinism).
        var mix = unchecked(((uint)seed * 2654435761u) ^ ((uint)index * 2246822519u) ^ ((uint)index >> 7));
        var first = firstNames[(int)(mix % NamePoolSize)];
        var last = lastNames[(int)((mix / NamePoolSize) % NamePoolSize)];
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["userId"] = $"user-{index + 1:D6}",
            ["email"] = $"{first}.{last}.{index + 1}@example.com".ToLowerInvariant(),
            ["firstName"] = first,
            ["lastName"] = last,
        };
    }
}
