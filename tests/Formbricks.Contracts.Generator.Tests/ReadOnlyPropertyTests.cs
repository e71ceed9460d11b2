using System.Net;
using System.Reflection;
using System.Text.Json;
using Formbricks.Contracts.Generator.Tests.Infrastructure;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// A <c>readOnly</c> property (issue 13, item 8) is sent by the server and never by a client: it is not written when
/// its object goes out in a request (JSON, form, query), wherever the object is nested (a property, an array item, a
/// map value, a union case, an <c>allOf</c> part), it is not <c>required</c> on the record, and reading a response
/// still fills it. The same type keeps one shape: its <c>WriteValue</c> writes every property, so a response read and
/// written back is unchanged; only request-shaped types get a <c>WriteRequestValue</c>.
/// </summary>
public sealed class ReadOnlyPropertyTests
{
    public static TheoryData<string> Versions => ["3.0.3", "3.1.0"];

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task A_request_body_leaves_read_only_properties_out_and_the_response_fills_them(string version)
    {
        var (client, handler, assembly) = Client(Yaml(version), "{\"id\":\"p1\",\"name\":\"Rex\",\"owner\":{\"id\":\"o1\",\"name\":\"Ann\"},\"tags\":[{\"createdAt\":\"2026-01-01\",\"label\":\"a\"}],\"extras\":{\"k\":{\"createdAt\":\"x\",\"label\":\"b\"}},\"kind\":{\"id\":\"c1\",\"meow\":true}}");
        var owner = GeneratedAssembly.Create(assembly, "Test.Api.Owner", ("Id", "o-set"), ("Name", "Ann"));
        var tag = GeneratedAssembly.Create(assembly, "Test.Api.Tag", ("CreatedAt", "set"), ("Label", "a"));
        var tags = List(assembly, "Test.Api.Tag", tag);
        var pet = GeneratedAssembly.Create(assembly, "Test.Api.Pet", ("Id", "p-set"), ("Name", "Rex"), ("Owner", owner), ("Tags", tags));

        var created = await GeneratedAssembly.InvokeAsync(client, "CreatePetAsync", pet, TestContext.Current.CancellationToken);

        var (_, body) = Assert.Single(handler.Requests);
        Assert.Equal("{\"name\":\"Rex\",\"owner\":{\"name\":\"Ann\"},\"tags\":[{\"label\":\"a\"}]}", body);
        Assert.Equal("p1", Get(created, "Id"));
        Assert.Equal("o1", Get(Get(created, "Owner"), "Id"));
        Assert.Equal("2026-01-01", Get(((System.Collections.IEnumerable)Get(created, "Tags")!).Cast<object>().Single(), "CreatedAt"));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Maps_union_cases_and_allOf_parts_leave_them_out_too(string version)
    {
        var (client, handler, assembly) = Client(Yaml(version), "{\"name\":\"Rex\"}");
        var tag = GeneratedAssembly.Create(assembly, "Test.Api.Tag", ("CreatedAt", "set"), ("Label", "b"));
        var extras = Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), assembly.GetType("Test.Api.Tag", true)!))!;
        extras.GetType().GetMethod("Add")!.Invoke(extras, ["k", tag]);
        var cat = GeneratedAssembly.Create(assembly, "Test.Api.Cat", ("Id", "c-set"), ("Meow", true));
        var kind = Activator.CreateInstance(assembly.GetType("Test.Api.PetKind+Cat", true)!, cat);
        var pet = GeneratedAssembly.Create(assembly, "Test.Api.Pet", ("Name", "Rex"), ("Extras", extras), ("Kind", kind));

        await GeneratedAssembly.InvokeAsync(client, "CreatePetAsync", pet, TestContext.Current.CancellationToken);

        Assert.Equal("{\"name\":\"Rex\",\"extras\":{\"k\":{\"label\":\"b\"}},\"kind\":{\"meow\":true}}", Assert.Single(handler.Requests).Body);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task A_form_body_and_an_object_query_leave_them_out(string version)
    {
        var (client, handler, assembly) = Client(Yaml(version), string.Empty);
        var owner = GeneratedAssembly.Create(assembly, "Test.Api.Owner", ("Id", "o-set"), ("Name", "Ann"));

        await GeneratedAssembly.InvokeAsync(client, "RenameOwnerAsync", owner, owner, TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("name=Ann", body);
        Assert.Equal("?name=Ann", request.RequestUri!.Query);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_read_only_property_is_not_required_and_a_response_written_back_keeps_it(string version)
    {
        var outcome = GeneratorHarness.Run([Specs.Inline(Yaml(version))], ["static class Consumer { static object Make() => new Test.Api.Owner { Name = \"Ann\" }; }"]);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var assembly = GeneratedAssembly.Load(outcome);
        var ownerType = assembly.GetType("Test.Api.Owner", true)!;
        Assert.Null(ownerType.GetProperty("Id")!.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>());
        Assert.NotNull(ownerType.GetProperty("Name")!.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>());

        const string Json = "{\"id\":\"o1\",\"name\":\"Ann\"}";
        var owner = JsonSerializer.Deserialize(Json, ownerType);
        Assert.Equal(Json, JsonSerializer.Serialize(owner, ownerType));
    }

    [Fact]
    public void Only_types_that_hold_a_read_only_property_get_a_request_writer()
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(Yaml("3.1.0")));
        var assembly = GeneratedAssembly.Load(outcome);
        string[] shaped = ["Owner", "Tag", "Cat", "PetKind", "Pet"];
        string[] plain = ["Dog", "Plain"];

        Assert.All(shaped, t => Assert.NotNull(RequestWriter(assembly, t)));
        Assert.All(plain, t => Assert.Null(RequestWriter(assembly, t)));
    }

    private static MethodInfo? RequestWriter(Assembly assembly, string type) =>
        assembly.GetType("Test.Api." + type + "+JsonConverter", true)!.GetMethod("WriteRequestValue");

    private static object? Get(object? instance, string property) => instance!.GetType().GetProperty(property)!.GetValue(instance);

    private static object List(Assembly assembly, string typeName, params object[] items)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(assembly.GetType(typeName, true)!))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static (object Client, RecordingHandler Handler, Assembly Assembly) Client(string yaml, string response)
    {
        var outcome = GeneratorHarness.Run(Specs.Inline(yaml));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems.Select(d => d.ToString()));
        var assembly = GeneratedAssembly.Load(outcome);
        var handler = new RecordingHandler((_, _) => response.Length == 0 ? (HttpStatusCode.NoContent, string.Empty) : (HttpStatusCode.Created, response));
        return (Activator.CreateInstance(assembly.GetType("Test.Api.TestClient", throwOnError: true)!, new HttpClient(handler))!, handler, assembly);
    }

    /// <summary>
    /// Read-only ids on a pet, on its owner (a property), on tags (array items and map values), on a union case and in a
    /// later <c>allOf</c> part of <c>Cat</c>; <c>Dog</c> and <c>Plain</c> hold none. 3.1 writes nullability as a type list.
    /// </summary>
    private static string Yaml(string version)
    {
        var nullableString = version.StartsWith("3.1", StringComparison.Ordinal) ? "{type: [string, 'null'], readOnly: true}" : "{type: string, nullable: true, readOnly: true}";
        return $$$"""
            openapi: {{{version}}}
            info:
              title: Pets
              version: '1'
            servers:
              - url: https://pets.example.com/
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Pet'}
                  responses:
                    '201':
                      description: Created.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
              /owners:
                put:
                  operationId: renameOwner
                  parameters:
                    - {name: filter, in: query, required: true, schema: {$ref: '#/components/schemas/Owner'}}
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema: {$ref: '#/components/schemas/Owner'}
                  responses:
                    '204':
                      description: Renamed.
            components:
              schemas:
                Pet:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: string, readOnly: true}
                    name: {type: string}
                    owner: {$ref: '#/components/schemas/Owner'}
                    tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
                    extras: {type: object, additionalProperties: {$ref: '#/components/schemas/Tag'}}
                    kind: {$ref: '#/components/schemas/PetKind'}
                    plain: {$ref: '#/components/schemas/Plain'}
                Owner:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: string, readOnly: true}
                    name: {type: string}
                Tag:
                  type: object
                  required: [label]
                  properties:
                    createdAt: {{{nullableString}}}
                    label: {type: string}
                PetKind:
                  oneOf:
                    - {$ref: '#/components/schemas/Cat'}
                    - {$ref: '#/components/schemas/Dog'}
                Cat:
                  allOf:
                    - type: object
                      required: [meow]
                      properties:
                        id: {type: string}
                        meow: {type: boolean}
                    - type: object
                      properties:
                        id: {type: string, readOnly: true}
                Dog:
                  type: object
                  required: [bark]
                  properties:
                    bark: {type: boolean}
                Plain:
                  type: object
                  properties:
                    note: {type: string}
            """;
    }
}
