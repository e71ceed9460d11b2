using System.Diagnostics;
using System.Reflection;

namespace Formbricks.Contracts.Package.Tests;

/// <summary>
/// The analyzers load from the generator package in a plain <c>dotnet build</c> of a fresh project (outside the
/// repository: no Directory.Build.props, only the packed generator) and report through it.
/// </summary>
public sealed class AnalyzerPackageTests
{
    private static readonly string PackedVersion = typeof(AnalyzerPackageTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PackedVersion").Value!;

    [Fact]
    public async Task A_limit_the_spec_forbids_is_reported_by_a_plain_build()
    {
        var directory = Directory.CreateTempSubdirectory("fbc-analyzers-");
        try
        {
            var packages = Path.Combine(RepositoryFiles.Root, "artifacts", "packages");
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{packages}" />
                  </packageSources>
                </configuration>
                """, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RestorePackagesPath>packages</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Formbricks.Contracts.Generator" Version="{PackedVersion}" PrivateAssets="all" />
                    <AdditionalFiles Include="{RepositoryFiles.CanonicalSpec}" OpenApiClient="true" Namespace="Consumer.Formbricks" ClientName="FormbricksClient" />
                  </ItemGroup>
                </Project>
                """, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "Calls.cs"), """
                public static class Calls
                {
                    public static System.Threading.Tasks.Task Get(Consumer.Formbricks.FormbricksClient client) => client.GetSurveysAsync(limit: 500);
                }
                """, TestContext.Current.CancellationToken);

            var (exitCode, output) = await RunAsync(directory.FullName, "build", "-nologo", "-v", "q");

            Assert.True(exitCode == 0, output);
            Assert.Contains("Calls.cs(3,", output, StringComparison.Ordinal);
            Assert.Contains("warning FBC0100: The spec forbids limit = 500: maximum: 250", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var inherited in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath" })
        {
            start.Environment.Remove(inherited);   // set by the test host's own MSBuild: the child picks its own
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
