using Formbricks.Contracts.Generator.Diagnostics;
using PagingVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.ManualPagingLoopAnalyzer>;
using PerItemVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.PerItemCallInLoopAnalyzer>;

namespace Formbricks.Contracts.Analyzers.Tests.Rules;

/// <summary>FBC0102 (hand-written paging) and FBC0103 (one personal link per contact).</summary>
public sealed class LoopRulesTests
{
    [Fact]
    public Task A_loop_growing_skip_is_reported_with_the_companion_name() =>
        PagingVerifier.Analyzer("""
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client)
                {
                    for (var skip = 0; ; skip += 100)
                    {
                        var page = await {|#0:client.GetContactsAsync(limit: 100, skip: skip)|};
                        if (page.Data.Count == 0) break;
                    }
                }
            }
            """,
            PagingVerifier.Diagnostic(DiagnosticCatalog.ManualPagingLoop).WithLocation(0).WithArguments("GetContactsAsync", "skip", "EnumerateContactsAsync"));

    [Fact]
    public Task The_companion_and_a_fixed_skip_are_silent() =>
        PagingVerifier.Analyzer("""
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client)
                {
                    await foreach (var contact in client.EnumerateContactsAsync(limit: 100)) { }
                    var skip = 0;
                    while (true)
                    {
                        var page = await client.GetContactsAsync(limit: 100, skip: skip);
                        if (page.Data.Count < 100) break;
                    }
                }
            }
            """);

    [Fact]
    public Task A_personal_link_per_contact_in_a_foreach_is_reported() =>
        PerItemVerifier.Analyzer("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client, IReadOnlyList<Contact> contacts)
                {
                    foreach (var contact in contacts)
                    {
                        await {|#0:client.GetPersonalizedSurveyLinkAsync("survey1", contact.Id, expirationDays: 7)|};
                    }
                }
            }
            """,
            PerItemVerifier.Diagnostic(DiagnosticCatalog.PerItemCallInLoop).WithLocation(0).WithArguments("GetPersonalizedSurveyLinkAsync", "EnumerateContactLinksBySegmentAsync"));

    [Fact]
    public Task One_link_outside_a_loop_or_not_per_item_is_silent() =>
        PerItemVerifier.Analyzer("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client, IReadOnlyList<int> retries, string contactId)
                {
                    await client.GetPersonalizedSurveyLinkAsync("survey1", contactId);
                    foreach (var retry in retries)
                    {
                        await client.GetPersonalizedSurveyLinkAsync("survey1", contactId);
                    }

                    await foreach (var link in client.EnumerateContactLinksBySegmentAsync("survey1", "segment1")) { }
                }
            }
            """);
}
