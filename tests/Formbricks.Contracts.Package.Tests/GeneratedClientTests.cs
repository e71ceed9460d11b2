using System.CodeDom.Compiler;
using System.Reflection;
using Formbricks.Contracts.Fakes;
using Formbricks.Contracts.Package.Tests.Api;

namespace Formbricks.Contracts.Package.Tests;

/// <summary>The generator from the package wrote the client into this assembly, and it talks to the fake from the package.</summary>
public sealed class GeneratedClientTests
{
    /// <summary>VersionPrefix, the version this project references both packages at (set in the project file).</summary>
    private static readonly string PackedVersion = typeof(GeneratedClientTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PackedVersion").Value!;

    [Fact]
    public void The_client_is_generated_from_the_one_AdditionalFiles_line()
    {
        var client = typeof(FormbricksClient);

        // Namespace and ClientName reached the generator: the buildTransitive props made the metadata visible.
        Assert.Equal("Formbricks.Contracts.Package.Tests.Api", client.Namespace);
        Assert.Same(typeof(GeneratedClientTests).Assembly, client.Assembly);
        Assert.NotNull(client.GetConstructor([typeof(HttpClient)]));
        Assert.NotNull(client.GetMethod(nameof(FormbricksClient.GetSurveysAsync)));
        Assert.NotNull(client.GetMethod(nameof(FormbricksClient.EnumerateContactLinksBySegmentAsync)));

        // Written by the packed generator: its assembly version (from VersionPrefix) is stamped on the code.
        var generatedCode = client.GetCustomAttribute<GeneratedCodeAttribute>();
        Assert.NotNull(generatedCode);
        Assert.Equal("Formbricks.Contracts.Generator", generatedCode.Tool);
        Assert.Equal(PackedVersion, Version.Parse(generatedCode.Version!).ToString(3));
    }

    [Fact]
    public async Task The_client_lists_surveys_and_walks_a_segment_on_the_fake_server()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await FakeFormbricksServer.StartAsync(cancellationToken: ct);
        using var http = server.CreateClient();
        var client = new FormbricksClient(http);

        var surveys = await client.GetSurveysAsync(cancellationToken: ct);

        Assert.Contains(surveys.Data, survey => survey.Id == server.Seeded.LinkSurveyId);
        Assert.All(surveys.Data, survey => Assert.False(string.IsNullOrEmpty(survey.Name)));
        Assert.True(surveys.Meta.Total >= surveys.Data.Count);

        var links = new List<SegmentContactLink>();
        await foreach (var link in client.EnumerateContactLinksBySegmentAsync(server.Seeded.LinkSurveyId, server.Seeded.SegmentsBySize[10], limit: 250, cancellationToken: ct))
        {
            links.Add(link);
        }

        Assert.Equal(10, links.Count);
        Assert.Equal(10, links.Select(link => link.ContactId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(links, link => Assert.StartsWith(server.Url + "c/", link.SurveyUrl.AbsoluteUri, StringComparison.Ordinal));
        Assert.All(links, link => Assert.Null(link.ExpiresAt));
        var opened = await server.Links.OpenAsync(links[0].SurveyUrl, ct);
        Assert.Equal((LinkStatus.Valid, links[0].ContactId, server.Seeded.LinkSurveyId), (opened.Status, opened.ContactId, opened.SurveyId));

        // One page of 250 was enough for 10 contacts; the fake journaled both calls of the generated client.
        Assert.Single(server.Journal.ForOperation("getSurveys"));
        Assert.Single(server.Journal.ForOperation("getContactLinksBySegment"));
    }
}
