using System.Text.Json;
using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// Inline schemas are named by their <c>title</c>, a union's inline branches by their discriminator value, union cases
/// relative to their union (<c>Shape.Option2</c>, not <c>Shape.ShapeOption2</c>), and a name built from a deep
/// nesting is capped at <c>SchemaMapper.MaxInlineNameLength</c> characters, losing path noise and repeated words
/// before middle words (checked on real names of the official and the large documents).
/// </summary>
public sealed class InlineNameTests
{
    [Fact]
    public void Titles_discriminator_values_and_relative_case_names_give_short_names()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var shape = outcome.Output.GetTypeByMetadataName("Test.Api.Shape")!;
        Assert.Equal(["Circle", "Square", "Polygon", "Unknown"], shape.GetTypeMembers().Select(t => t.Name).Where(n => n != "JsonConverter"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.ShapeCircle"));
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("Test.Api.Polygon"));
        var loose = outcome.Output.GetTypeByMetadataName("Test.Api.Loose")!;
        Assert.Equal(["Option1", "Option2", "Unknown"], loose.GetTypeMembers().Select(t => t.Name).Where(n => n != "JsonConverter"));

        var names = outcome.Output.GetSymbolsWithName(_ => true, SymbolFilter.Type, TestContext.Current.CancellationToken).OfType<INamedTypeSymbol>().Where(t => t.ContainingType is null).Select(t => t.Name).ToList();
        Assert.Contains(names, n => n.StartsWith("Deep", StringComparison.Ordinal) && n.EndsWith("Leaf", StringComparison.Ordinal));
        Assert.All(names, n => Assert.True(n.Length <= 64, n));
    }

    [Fact]
    public void An_inline_branch_is_selected_by_its_discriminator_value()
    {
        var assembly = GeneratedAssembly.Load(GeneratorHarness.Run(Specs.Inline(Yaml)));
        var shape = assembly.GetType("Test.Api.Shape", throwOnError: true)!;

        Assert.Equal("Square", JsonSerializer.Deserialize("""{"kind":"square","side":2}""", shape)!.GetType().Name);
        Assert.Equal("Circle", JsonSerializer.Deserialize("""{"kind":"circle","radius":1}""", shape)!.GetType().Name);
    }

    /// <summary>
    /// Names the generator builds from the official Formbricks documents (<c>../shared/upstream/</c>) and the large
    /// Box document (<c>../shared/benchmark-specs/</c>), before shortening, and what they become.
    /// </summary>
    public static TheoryData<string, string> RealLongNames => new()
    {
        // Path noise (Api, V1) goes first.
        { "GetApiV1ClientByWorkspaceIdEnvironmentResponseDataActionClassesItem", "GetClientByWorkspaceIdEnvironmentResponseDataActionClassesItem" },
        { "PostApiV1ManagementActionClassesRequestNoCodeConfigUrlFiltersItemRule", "PostManagementActionClassesRequestNoCodeConfigUrlFiltersItemRule" },
        // A property named like its parent: the repeated run keeps its last word.
        { "ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentType", "ShieldInformationBarrierSegmentRestrictionMiniSegmentType" },
        { "PostShieldInformationBarrierSegmentMembersRequestShieldInformationBarrierSegment", "PostShieldInformationBarrierSegmentMembersRequestSegment" },
        { "GetApiV1ManagementContactAttributeKeysByContactAttributeKeyId_404Error", "GetManagementContactAttributeKeysByAttributeKeyId_404Error" },
        // A repeated single word (Item) goes; words with a digit (Option1, Option2) tell branches apart and stay.
        { "SurveyBlocksItemLogicItemActionsItemOption1Option2ValueOption2Option3", "SurveyBlocksItemLogicActionsOption1Option2ValueOption2Option3" },
        // Then middle words: the root's first words (up to a third of the limit) and the nearest words that fit.
        // Before: PutSchemaUpdateRequestItemDataStaticConfigClassification (the resource, MetadataTemplates, was lost).
        { "PutMetadataTemplatesEnterpriseSecurityClassification6VMVochwUWoSchemaUpdateRequestItemDataStaticConfigClassification", "PutMetadataTemplatesRequestItemDataStaticConfigClassification" },
        // Before: PutEnterpriseSecurityClassification6VMVochwUWoRequestItemPath for files and folders alike (…Path2).
        { "PutFilesIdMetadataEnterpriseSecurityClassification6VMVochwUWoRequestItemPath", "PutFilesIdMetadataClassification6VMVochwUWoRequestItemPath" },
        { "PutFoldersIdMetadataEnterpriseSecurityClassification6VMVochwUWoRequestItemPath", "PutFoldersIdMetadataClassification6VMVochwUWoRequestItemPath" },
        // Before: PostIdMetadataEnterpriseSecurityClassification6VMVochwUWoRequest for both (the second got a 2).
        { "PostFilesIdMetadataEnterpriseSecurityClassification6VMVochwUWoRequest", "PostFilesIdMetadataSecurityClassification6VMVochwUWoRequest" },
        { "CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirement", "CollaborationStatusTwoFactorAuthenticationRequirement" },
        // A single repeated word that is no Item or Value stays: before, RestrictedSegmentType lost its noun (…MiniRestrictedType).
        { "ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentType", "ShieldInformationSegmentRestrictionMiniRestrictedSegmentType" },
    };

    [Theory]
    [MemberData(nameof(RealLongNames))]
    public void A_long_real_name_loses_path_noise_and_repeats_before_middle_words(string full, string expected)
    {
        var shortened = Formbricks.Contracts.Generator.Parsing.InlineNames.Shorten(full, Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength, shortened);
        var words = Words(full);
        Assert.Equal(words[0], Words(shortened)[0]);
        Assert.Equal(words[^1], Words(shortened)[^1]);
        var position = 0;
        foreach (var word in Words(shortened))
        {
            // The kept words are the original's, in its order (a subsequence): nothing is cut inside a word.
            position = Array.IndexOf(words, word, position) + 1;
            Assert.True(position > 0, $"'{word}' of '{shortened}' is not a word of '{full}' in order");
        }

        Assert.Equal(shortened, Formbricks.Contracts.Generator.Parsing.InlineNames.Shorten(full, Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength));
    }

    [Fact]
    public void Names_that_differ_in_their_root_stay_different_after_shortening()
    {
        var roots = new[] { "PutFiles", "PutFolders", "PostFiles", "PostFolders", "GetWebLinks" };
        var shortened = roots
            .SelectMany(r => new[] { "RequestItem", "RequestItemPath", "RequestItemOp" }.Select(leaf => r + "IdMetadataEnterpriseSecurityClassification6VMVochwUWo" + leaf))
            .Select(n => Formbricks.Contracts.Generator.Parsing.InlineNames.Shorten(n, Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength))
            .ToList();

        Assert.Equal(shortened.Count, shortened.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(shortened, n => Assert.True(n.Length <= Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength, n));
    }

    [Theory]
    [InlineData("ShortName")]
    [InlineData("BulkUpsertContactsRequestContactsItemAttributesOption1")]
    [InlineData("ExactlySixtyFourCharactersLongNameWithApiV1AndRepeatedRepeatedXy")]
    public void A_name_within_the_limit_is_never_changed(string name)
    {
        Assert.True(name.Length <= Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength);
        Assert.Equal(name, Formbricks.Contracts.Generator.Parsing.InlineNames.Shorten(name, Formbricks.Contracts.Generator.Parsing.SchemaMapper.MaxInlineNameLength));
    }

    private static string[] Words(string name) => System.Text.RegularExpressions.Regex.Split(name, "(?<=[a-z0-9_])(?=[A-Z][a-z])");

    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Names
          version: '1'
        paths: {}
        components:
          schemas:
            Shape:
              oneOf:
                - type: object
                  properties: {kind: {const: circle}, radius: {type: number}}
                - type: object
                  properties: {kind: {type: string, enum: [square]}, side: {type: number}}
                - title: polygon
                  type: object
                  properties: {kind: {type: string}, sides: {type: integer}}
              discriminator:
                propertyName: kind
            Loose:
              anyOf:
                - {type: object, properties: {a: {type: string}}}
                - {type: object, properties: {b: {type: string}}}
            Deep:
              type: object
              properties:
                levelOneWithALongName:
                  type: object
                  properties:
                    levelTwoWithALongName:
                      type: array
                      items:
                        type: object
                        properties:
                          levelThreeWithALongName:
                            type: object
                            properties:
                              leaf: {type: object, properties: {x: {type: string}}}
        """;
}
