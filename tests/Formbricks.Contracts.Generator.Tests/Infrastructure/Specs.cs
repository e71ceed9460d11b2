namespace Formbricks.Contracts.Generator.Tests.Infrastructure;

/// <summary>The specs the tests run the generator on.</summary>
internal static class Specs
{
    public static SpecFile Canonical() => SpecFile.FromDisk(RepositoryPaths.CanonicalSpec, "Formbricks.Api", "FormbricksClient");

    public static SpecFile PetStore() => SpecFile.FromDisk(RepositoryPaths.Fixture("petstore-30.yml"), "Fixtures.PetStore", "PetStoreClient");

    public static SpecFile Library() => SpecFile.FromDisk(RepositoryPaths.Fixture("library-31.json"), "Fixtures.Library", "LibraryClient");

    public static SpecFile Named(string name) => name switch
    {
        "canonical" => Canonical(),
        "petstore-30" => PetStore(),
        "library-31" => Library(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A small spec built from YAML text, for diagnostics and caching tests.</summary>
    public static SpecFile Inline(string yaml, string path = "/specs/inline.yml") => new(path, yaml.Replace("\r\n", "\n"));

    public const string MinimalYaml = """
        openapi: 3.0.3
        info:
          title: Minimal
          version: '1'
        paths:
          /things:
            get:
              operationId: getThings
              responses:
                '200':
                  description: Things.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
        components:
          schemas:
            Thing:
              type: object
              properties:
                name:
                  type: string
        """;
}
