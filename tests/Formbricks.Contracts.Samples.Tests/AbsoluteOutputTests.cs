namespace Formbricks.Contracts.Samples.Tests;

/// <summary>
/// <c>dotnet build samples/PersonalLinks -o /absolute/dir</c> (as BenchmarkDotNet's jobs do with <c>OutDir</c>): the
/// generator project once joined its folder and the output folder into a path that did not exist (CS0006 on
/// <c>…/Formbricks.Contracts.Generator//abs/dir/Formbricks.Contracts.OpenApi.dll</c>). The folder has a space in it.
/// BenchmarkDotNet's out-of-process rebuild also sets <c>ArtifactsPath</c>, which moved the analyzers' restore output
/// for the generator's nested build of them (NETSDK1004) until that build dropped the caller's output properties.
/// </summary>
public sealed class AbsoluteOutputTests : TempFolder
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_sample_builds_into_an_absolute_output_folder_and_runs_from_there(bool withArtifactsPath)
    {
        var output = Path.Combine(Folder, "absolute out");
        string[] arguments = ["build", Path.Combine("samples", "PersonalLinks"), "-o", output, "-nologo", "-v", "q"];
        if (withArtifactsPath)
        {
            arguments = [.. arguments, "-p:ArtifactsPath=" + Path.Combine(Folder, "artifacts") + Path.DirectorySeparatorChar];
        }

        var (build, log) = await DotnetProcess.RunAsync(RepositoryRoot.Path, arguments);

        Assert.True(build == 0, log);
        Assert.True(File.Exists(Path.Combine(output, "Formbricks.Contracts.OpenApi.dll")), "the generator's dependency is beside it");
        var (help, text) = await DotnetProcess.RunAsync(Folder, Path.Combine(output, "PersonalLinks.dll"), "--help");
        Assert.Equal(0, help);
        Assert.Contains("--segment", text, StringComparison.Ordinal);
    }
}
