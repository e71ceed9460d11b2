using Formbricks.Contracts.Analyzers.CodeFixes;
using Formbricks.Contracts.Generator.Diagnostics;
using KeyVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.HardCodedApiKeyAnalyzer>;
using PagingVerifier = Formbricks.Contracts.Analyzers.Tests.Infrastructure.Verify<Formbricks.Contracts.Analyzers.Rules.ManualPagingLoopAnalyzer>;

namespace Formbricks.Contracts.Analyzers.Tests.CodeFixes;

/// <summary>Each fix gives code that compiles and no longer reports (the testing library checks both).</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task A_hard_coded_key_becomes_the_environment_variable() =>
        KeyVerifier.CodeFix<HardCodedApiKeyCodeFix>(
            """
            using System;
            using Formbricks.Api;
            class C
            {
                FormbricksClientOptions M() => new FormbricksClientOptions { ApiKey = {|#0:"secret"|} };
            }
            """,
            KeyVerifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(0).WithArguments("The API key of FormbricksClientOptions is a constant"),
            """
            using System;
            using Formbricks.Api;
            class C
            {
                FormbricksClientOptions M() => new FormbricksClientOptions { ApiKey = Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY") ?? throw new InvalidOperationException("Set the FORMBRICKS_API_KEY environment variable to the Formbricks API key.") };
            }
            """);

    [Fact]
    public Task A_key_in_a_header_becomes_the_environment_variable() =>
        KeyVerifier.CodeFix<HardCodedApiKeyCodeFix>(
            """
            using System;
            using System.Net.Http;
            class C
            {
                void M(HttpClient http) => http.DefaultRequestHeaders.Add("x-api-key", {|#0:"fbk_AbCdEfGhIjKlMnOpQrStUvWx0123"|});
            }
            """,
            KeyVerifier.Diagnostic(DiagnosticCatalog.HardCodedApiKey).WithLocation(0).WithArguments("A Formbricks API key is written in the source code"),
            """
            using System;
            using System.Net.Http;
            class C
            {
                void M(HttpClient http) => http.DefaultRequestHeaders.Add("x-api-key", Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY") ?? throw new InvalidOperationException("Set the FORMBRICKS_API_KEY environment variable to the Formbricks API key."));
            }
            """);

    [Fact]
    public Task The_paging_loop_becomes_await_foreach_over_the_companion() =>
        PagingVerifier.CodeFix<ManualPagingLoopCodeFix>(
            """
            using System;
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client)
                {
                    var skip = 0;
                    while (true)
                    {
                        var page = await {|#0:client.GetContactsAsync(limit: 100, skip: skip)|}.ConfigureAwait(false);
                        foreach (var contact in page.Data)
                        {
                            Console.WriteLine(contact.Id);
                        }

                        if (page.Data.Count < 100)
                        {
                            break;
                        }

                        skip += page.Data.Count;
                    }

                    Console.WriteLine("done");
                }
            }
            """,
            PagingVerifier.Diagnostic(DiagnosticCatalog.ManualPagingLoop).WithLocation(0).WithArguments("GetContactsAsync", "skip", "EnumerateContactsAsync"),
            """
            using System;
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client)
                {
                    await foreach (var contact in client.EnumerateContactsAsync(limit: 100).ConfigureAwait(false))
                    {
                        Console.WriteLine(contact.Id);
                    }

                    Console.WriteLine("done");
                }
            }
            """);

    [Fact]
    public Task A_loop_that_breaks_inside_the_page_keeps_the_suggestion_without_a_fix() =>
        PagingVerifier.CodeFix<ManualPagingLoopCodeFix>(
            """
            using System;
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client)
                {
                    var skip = 0;
                    while (true)
                    {
                        var page = await {|#0:client.GetContactsAsync(limit: 100, skip: skip)|};
                        foreach (var contact in page.Data)
                        {
                            if (contact.Id == "x") break;
                        }

                        if (page.Data.Count < 100) break;
                        skip += 100;
                    }
                }
            }
            """,
            PagingVerifier.Diagnostic(DiagnosticCatalog.ManualPagingLoop).WithLocation(0).WithArguments("GetContactsAsync", "skip", "EnumerateContactsAsync"),
            """
            using System;
            using System.Threading.Tasks;
            using Formbricks.Api;
            class C
            {
                async Task M(FormbricksClient client)
                {
                    var skip = 0;
                    while (true)
                    {
                        var page = await {|#0:client.GetContactsAsync(limit: 100, skip: skip)|};
                        foreach (var contact in page.Data)
                        {
                            if (contact.Id == "x") break;
                        }

                        if (page.Data.Count < 100) break;
                        skip += 100;
                    }
                }
            }
            """);
}
