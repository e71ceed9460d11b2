using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// The generator project referenced the way this repository's tests and benchmarks do: as an analyzer and as a library
/// at once, beside direct references to the spec reader and the drift engine, by a library that a program references in
/// turn (BenchmarkDotNet's out-of-process project over the benchmarks). The assemblies the compiler loads with the
/// generator must reach the compiler as Analyzer items and nothing else: once they also came back as references (the
/// generator's own copies, without a runtime dependency), they displaced the direct references, and the program's
/// deps.json left out the drift engine, which then failed to load. Both projects are built by <c>dotnet build</c> in a
/// folder outside the repository and the program is run.
/// </summary>
public sealed class ProjectReferenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generator-reference-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_library_referencing_the_generator_as_analyzer_and_library_gets_its_dependencies_as_analyzers_only()
    {
        WriteLibrary();
        WriteProgram();

        var (build, log) = await DotnetProcess.RunAsync(_folder, "build", Path.Combine("App", "App.csproj"), "-nologo", "-v", "q");
        Assert.True(build == 0, log);

        var references = ReadItems("references.txt");
        var analyzers = ReadItems("analyzers.txt");
        var generatorProject = Path.Combine(RepositoryPaths.Root, "generator", "Formbricks.Contracts.Generator", "Formbricks.Contracts.Generator.csproj");

        // The generator hands back its own assembly as a reference, and nothing else: no dependency, no analyzer.
        Assert.Equal(["Formbricks.Contracts.Generator.dll"], references.Where(item => item.Project.Length > 0 && SameFile(item.Project, generatorProject)).Select(item => item.FileName));
        Assert.DoesNotContain(references, item => item.FileName.StartsWith("Formbricks.Contracts.Analyzers", StringComparison.Ordinal));
        // The spec reader and the drift engine are referenced from their own projects.
        Assert.Contains(references, item => item.FileName == "Formbricks.Contracts.OpenApi.dll" && item.Project.EndsWith("Formbricks.Contracts.OpenApi.csproj", StringComparison.Ordinal));
        Assert.Contains(references, item => item.FileName == "Formbricks.Contracts.Drift.dll" && item.Project.EndsWith("Formbricks.Contracts.Drift.csproj", StringComparison.Ordinal));

        // The compiler gets the generator, everything it loads, and the analyzers.
        var analyzerNames = analyzers.Select(item => item.FileName).ToHashSet(StringComparer.Ordinal);
        string[] expected = ["Formbricks.Contracts.Generator.dll", "Formbricks.Contracts.OpenApi.dll", "Formbricks.Contracts.Drift.dll", "Microsoft.OpenApi.dll", "SharpYaml.dll", "Formbricks.Contracts.Analyzers.dll", "Formbricks.Contracts.Analyzers.CodeFixes.dll"];
        Assert.All(expected, name => Assert.Contains(name, analyzerNames));

        // The program runs: the generated client compiled (the generator loaded with its dependencies), and the spec
        // reader and the drift engine load from the program's folder through its deps.json.
        var (run, output) = await DotnetProcess.RunAsync(_folder, Path.Combine(_folder, "App", "bin", "Debug", "net10.0", "App.dll"));
        Assert.True(run == 0, output);
        Assert.Equal("PetStoreClient Formbricks.Contracts.OpenApi Formbricks.Contracts.Drift", output.Trim());
    }

    private void WriteLibrary()
    {
        var root = RepositoryPaths.Root;
        var library = Directory.CreateDirectory(Path.Combine(_folder, "Lib")).FullName;
        File.Copy(RepositoryPaths.Fixture("petstore-30.yml"), Path.Combine(library, "petstore.yml"));
        File.WriteAllText(Path.Combine(library, "Lib.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{root}/generator/Formbricks.Contracts.Generator/build/Formbricks.Contracts.Generator.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="petstore.yml" OpenApiClient="true" Namespace="Lib.Api" ClientName="PetStoreClient" />
                <ProjectReference Include="{root}/generator/Formbricks.Contracts.Generator/Formbricks.Contracts.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="true" />
                <ProjectReference Include="{root}/spec/Formbricks.Contracts.OpenApi/Formbricks.Contracts.OpenApi.csproj" />
                <ProjectReference Include="{root}/drift/Formbricks.Contracts.Drift/Formbricks.Contracts.Drift.csproj" />
              </ItemGroup>
              <Target Name="WriteCompilerInputs" AfterTargets="CoreCompile">
                <WriteLinesToFile File="$(MSBuildProjectDirectory)/references.txt" Lines="@(ReferencePath->'%(FullPath)|%(MSBuildSourceProjectFile)')" Overwrite="true" />
                <WriteLinesToFile File="$(MSBuildProjectDirectory)/analyzers.txt" Lines="@(Analyzer->'%(FullPath)|%(MSBuildSourceProjectFile)')" Overwrite="true" />
              </Target>
            </Project>
            """);
        File.WriteAllText(Path.Combine(library, "Probe.cs"), """
            namespace Lib;

            public static class Probe
            {
                public static string Describe() => string.Join(" ",
                    typeof(Lib.Api.PetStoreClient).Name,
                    typeof(Formbricks.Contracts.OpenApi.SourceSpan).Assembly.GetName().Name,
                    typeof(Formbricks.Contracts.Drift.DriftOptions).Assembly.GetName().Name);
            }
            """);
    }

    private void WriteProgram()
    {
        var program = Directory.CreateDirectory(Path.Combine(_folder, "App")).FullName;
        File.WriteAllText(Path.Combine(program, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(program, "Program.cs"), "System.Console.WriteLine(Lib.Probe.Describe());\n");
    }

    private List<(string FileName, string Project)> ReadItems(string name) =>
        File.ReadAllLines(Path.Combine(_folder, "Lib", name))
            .Select(line => line.Split('|'))
            .Select(parts => (Path.GetFileName(parts[0]), parts[1]))
            .ToList();

    private static bool SameFile(string left, string right) =>
        string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.Ordinal);
}
