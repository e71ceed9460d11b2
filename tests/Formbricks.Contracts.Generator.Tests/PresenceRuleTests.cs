using Formbricks.Contracts.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// <c>properties</c> plus <c>oneOf</c>/<c>anyOf</c> branches that only list <c>required</c> properties is "one of these
/// must be present", not a union: the object keeps its properties and the rule is in its docs.
/// </summary>
public sealed class PresenceRuleTests
{
    [Fact]
    public void Branches_that_only_add_required_are_a_documented_rule_on_the_object()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var expected = new Dictionary<string, (string[] Properties, string Rule)>
        {
            ["Contact"] = (["Email", "Phone", "Name"], "At least one of these must be present: <c>email</c>; <c>phone</c>."),
            ["Login"] = (["User", "Key", "Secret"], "Exactly one of these must be present: <c>user</c>; <c>key</c> and <c>secret</c>."),
            ["Merged"] = (["Email", "Phone", "Name", "Extra"], "At least one of these must be present: <c>extra</c>; <c>email</c>."),
            ["UploadRequest"] = (["Url", "Data"], "At least one of these must be present: <c>url</c>; <c>data</c>."),
        };
        foreach (var (name, (properties, rule)) in expected)
        {
            var type = outcome.Output.GetTypeByMetadataName("Test.Api." + name)!;
            Assert.True(type.IsRecord && !type.IsAbstract, name + " is not an object record");
            Assert.Empty(type.GetTypeMembers().Where(t => t.Name != "JsonConverter"));
            Assert.Equal(properties, type.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name != "AdditionalProperties" && p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic).Select(p => p.Name));
            Assert.Contains(rule, type.GetDocumentationCommentXml(cancellationToken: TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var nullable = outcome.Output.GetTypeByMetadataName("Test.Api.Holder")!.GetMembers("Contact").OfType<IPropertySymbol>().Single();
        Assert.Equal(NullableAnnotation.Annotated, nullable.Type.NullableAnnotation);
    }

    [Fact]
    public void A_union_whose_branches_declare_properties_stays_a_union()
    {
        var yaml = Yaml.Replace("- required: [email]\n        - required: [phone]", "- required: [email]\n        - {required: [phone], properties: {phone: {type: string}}}", StringComparison.Ordinal);
        Assert.NotEqual(Yaml, yaml);

        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));

        Assert.Equal([], outcome.CompilationProblems.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(outcome.Output.GetTypeByMetadataName("Test.Api.Contact")!.IsAbstract);
    }

    private const string Yaml = """
        openapi: 3.0.3
        info:
          title: Presence
          version: '1'
        paths:
          /uploads:
            post:
              operationId: upload
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        url: {type: string}
                        data: {type: string}
                      anyOf:
                        - required: [url]
                        - required: [data]
              responses:
                '200':
                  description: Done.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Holder'
        components:
          schemas:
            Contact:
              type: object
              properties:
                email: {type: string}
                phone: {type: string}
                name: {type: string}
              anyOf:
                - required: [email]
                - required: [phone]
            Login:
              properties:
                user: {type: string}
                key: {type: string}
                secret: {type: string}
              oneOf:
                - required: [user]
                - type: object
                  required: [key, secret]
            Merged:
              allOf:
                - $ref: '#/components/schemas/Contact'
                - type: object
                  properties:
                    extra: {type: string}
                  anyOf:
                    - required: [extra]
                    - required: [email]
            Holder:
              type: object
              properties:
                contact:
                  nullable: true
                  allOf:
                    - $ref: '#/components/schemas/Contact'
                login:
                  $ref: '#/components/schemas/Login'
                merged:
                  $ref: '#/components/schemas/Merged'
        """;
}
