using System.Text.Json;
using System.Text.Json.Nodes;
using Fixtures.Library;
using Fixtures.PetStore;

namespace Formbricks.Contracts.Generator.Tests;

/// <summary>
/// The DTOs generated into this test assembly (from Fixtures/*.yml|json by the real generator, as a consumer gets
/// them) read and write JSON without reflection and lose nothing: unknown enum values, extra members, unions.
/// </summary>
public sealed class JsonRoundTripTests
{
    private const string PetJson = """
        {"name":"Rex","kind":{"type":"dog","goodBoy":true},"tag":null,"birthday":"2020-02-29","weight":12.5,"price":99.95,
         "homepage":"https://rex.example.com/","id":9007199254740993,"status":"adopted","priority":7,"createdAt":"2026-11-22T10:00:00.123+00:00",
         "class":"mammal","2fa":true,"fooBar":"a","foo_bar":"b","labels":{"color":"brown"},"extras":{"n":1,"nested":{"x":[1,2]}},
         "owner":null,"oldName":"Rexy","veterinarian":{"name":"Dr. Who"}}
        """;

    [Fact]
    public void A_pet_reads_into_typed_members()
    {
        var pet = JsonSerializer.Deserialize<Pet>(PetJson)!;

        Assert.Equal("Rex", pet.Name);
        var dog = Assert.IsType<PetKind.Dog>(pet.Kind);
        Assert.True(dog.Value.GoodBoy);
        Assert.Null(pet.Tag);
        Assert.Equal(new DateOnly(2020, 2, 29), pet.Birthday);
        Assert.Equal(12.5f, pet.Weight);
        Assert.Equal(99.95m, pet.Price);
        Assert.Equal(new Uri("https://rex.example.com/"), pet.Homepage);
        Assert.Equal(9007199254740993L, pet.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, 123, TimeSpan.Zero), pet.CreatedAt);
        Assert.Equal("mammal", pet.Class);
        Assert.True(pet._2fa);
        Assert.Equal(("a", "b"), (pet.FooBar, pet.FooBar2));
        Assert.Equal("brown", pet.Labels!["color"]);
        Assert.Equal(2, pet.Extras!["nested"].GetProperty("x")[1].GetInt32());
    }

    [Fact]
    public void Enum_values_the_spec_does_not_list_are_kept_and_round_trip()
    {
        var pet = JsonSerializer.Deserialize<Pet>(PetJson)!;

        Assert.Equal("adopted", pet.Status.Value);
        Assert.False(pet.Status.IsKnown);
        Assert.Equal(7L, pet.Priority!.Value.Value);
        Assert.False(pet.Priority.Value.IsKnown);
        Assert.True(PetStatus.InTransit.IsKnown);
        Assert.Equal("in-transit", PetStatus.InTransit.Value);
        Assert.Equal(PetStatus.Sold, new PetStatus("sold"));
        Assert.Equal([PetStatus.Available, PetStatus.Pending, PetStatus.Sold, PetStatus.InTransit], PetStatus.KnownValues);

        var written = JsonNode.Parse(JsonSerializer.Serialize(pet))!;
        Assert.Equal("adopted", (string?)written["status"]);
        Assert.Equal(7, (int?)written["priority"]);
    }

    [Fact]
    public void Members_the_spec_does_not_declare_round_trip()
    {
        var pet = JsonSerializer.Deserialize<Pet>(PetJson)!;

        Assert.Equal("Dr. Who", pet.AdditionalProperties!["veterinarian"].GetProperty("name").GetString());
        var written = JsonNode.Parse(JsonSerializer.Serialize(pet))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(PetJson)!["veterinarian"], written["veterinarian"]));
    }

    [Fact]
    public void The_whole_document_round_trips_member_for_member()
    {
        var pet = JsonSerializer.Deserialize<Pet>(PetJson)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(pet))!.AsObject();
        var original = JsonNode.Parse(PetJson)!.AsObject();

        // Optional members that are null are left out when written; everything else comes back as it was.
        foreach (var (name, value) in original)
        {
            if (value is null)
            {
                Assert.False(written.ContainsKey(name), name);
                continue;
            }

            var expected = name == "createdAt" ? JsonValue.Create("2026-11-22T10:00:00.123+00:00") : value;
            Assert.True(JsonNode.DeepEquals(expected, written[name]), $"{name}: {value.ToJsonString()} became {written[name]?.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("""{"type":"cat","livesLeft":9}""", typeof(PetKind.Cat))]
    [InlineData("""{"livesLeft":9,"type":"cat"}""", typeof(PetKind.Cat))]
    [InlineData("""{"type":"dog","goodBoy":false}""", typeof(PetKind.Dog))]
    [InlineData("""{"type":"parrot","words":12}""", typeof(PetKind.Unknown))]
    public void A_discriminated_union_picks_its_case_by_the_discriminator(string json, Type expected)
    {
        var kind = JsonSerializer.Deserialize<PetKind>(json)!;

        Assert.IsType(expected, kind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(kind))));
    }

    [Theory]
    [InlineData("\"hello\"", typeof(EventPayload.String))]
    [InlineData("42", typeof(EventPayload.Int32))]
    [InlineData("""{"type":"cat","livesLeft":3}""", typeof(EventPayload.Cat))]
    [InlineData("4.5", typeof(EventPayload.Unknown))]
    [InlineData("""{"livesLeft":3}""", typeof(EventPayload.Unknown))]
    public void An_anyOf_without_discriminator_picks_the_first_case_the_value_fits(string json, Type expected)
    {
        var payload = JsonSerializer.Deserialize<Event>($$"""{"payload":{{json}}}""")!.Payload;

        Assert.IsType(expected, payload);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(payload))));
    }

    [Fact]
    public void A_switch_on_a_union_reads_naturally()
    {
        PetKind kind = new PetKind.Cat(new Cat { Type = "cat", LivesLeft = 9 });

        var text = kind switch
        {
            PetKind.Cat cat => $"cat with {cat.Value.LivesLeft} lives",
            PetKind.Dog dog => dog.Value.GoodBoy ? "good dog" : "dog",
            PetKind.Unknown unknown => unknown.Json.GetRawText(),
            _ => "?",
        };

        Assert.Equal("cat with 9 lives", text);
    }

    [Fact]
    public void A_missing_required_member_is_a_clear_json_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Cat>("""{"type":"cat"}"""));

        Assert.Contains("livesLeft", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_json_type_is_a_clear_json_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Cat>("""{"type":"cat","livesLeft":"nine"}"""));

        Assert.Contains("32-bit integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenApi_3_1_nullables_read_null_and_values()
    {
        const string json = """
            {"id":"b1","title":"Dune","subtitle":null,"pages":null,"format":null,"series":{"name":"Dune","volume":1},
             "ratings":[4.5,null,5],"chapters":[{"title":"One","length":12}],"metadata":{"isbn":"x"}}
            """;
        var book = JsonSerializer.Deserialize<Book>(json)!;

        Assert.Null(book.Subtitle);
        Assert.Null(book.Pages);
        Assert.Null(book.Format);
        Assert.Equal("Dune", book.Series!.Name);
        Assert.Equal([4.5, null, 5.0], book.Ratings!);
        Assert.Equal("One", book.Chapters![0].Title);
        Assert.Equal("x", book.Metadata!.Value.GetProperty("isbn").GetString());

        var written = JsonNode.Parse(JsonSerializer.Serialize(book))!;
        Assert.True(written.AsObject().ContainsKey("subtitle"), "a required nullable member is written as null");
        Assert.Null(written["subtitle"]);
        Assert.Equal("paperback", JsonSerializer.Deserialize<Book>(json.Replace("\"format\":null", "\"format\":\"paperback\""))!.Format!.Value.Value);
    }

    [Fact]
    public void A_required_non_nullable_member_refuses_null()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Book>("""{"id":"b1","title":null,"subtitle":null}"""));
    }
}
