using System.Text.Json.Nodes;
using Formbricks.Contracts.Conformance;
using Microsoft.OpenApi;

namespace Formbricks.Contracts.Conformance.Tests.Validation;

/// <summary>The schema rules of the response validator, one by one, and the inputs that used to make it throw.</summary>
public sealed class SchemaValidatorTests
{
    [Theory]
    [InlineData("\"text\"", true)]
    [InlineData("5", false)]
    [InlineData("null", false)]
    [InlineData("{}", false)]
    public void A_value_of_another_type_is_an_error(string json, bool valid)
    {
        var errors = Validate(new OpenApiSchema { Type = JsonSchemaType.String }, json);

        Assert.Equal(valid, errors.Count == 0);
        if (!valid)
        {
            Assert.StartsWith("expected string, got ", Assert.Single(errors).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_integer_is_a_number_but_a_fraction_is_not_an_integer()
    {
        Assert.Empty(Validate(new OpenApiSchema { Type = JsonSchemaType.Number }, "3"));
        Assert.Equal("expected integer, got number", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.Integer }, "3.5")).Message);
    }

    [Fact]
    public void A_missing_required_property_is_an_error_at_the_object()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "id", "name" },
            Properties = new Dictionary<string, IOpenApiSchema> { ["id"] = new OpenApiSchema { Type = JsonSchemaType.String } },
        };

        var error = Assert.Single(Validate(schema, """{"id":"a"}"""));

        Assert.Equal((string.Empty, "required property 'name' is missing"), (error.Pointer, error.Message));
        Assert.Equal("/id", Assert.Single(Validate(schema, """{"id":1,"name":"n"}""")).Pointer);
    }

    [Fact]
    public void Null_is_allowed_only_where_the_type_includes_it()
    {
        Assert.Empty(Validate(new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null }, "null"));
        Assert.Equal("expected string, got null", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.String }, "null")).Message);
    }

    [Fact]
    public void A_value_outside_the_enum_is_an_error()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("a"), JsonValue.Create("b")] };

        Assert.Empty(Validate(schema, "\"b\""));
        Assert.Equal("\"c\" is not one of \"a\", \"b\"", Assert.Single(Validate(schema, "\"c\"")).Message);
    }

    [Fact]
    public void A_string_that_does_not_match_the_pattern_is_an_error()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z]+$" };

        Assert.Empty(Validate(schema, "\"abc\""));
        Assert.Equal("does not match the pattern ^[a-z]+$", Assert.Single(Validate(schema, "\"ab1\"")).Message);
    }

    [Theory]
    [InlineData("0", "0 is less than the minimum 1")]
    [InlineData("11", "11 is greater than the maximum 10")]
    [InlineData("5", null)]
    [InlineData("10", null)]
    public void Numbers_outside_minimum_and_maximum_are_errors(string json, string? message)
    {
        var errors = Validate(new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "10" }, json);

        Assert.Equal(message, errors.SingleOrDefault()?.Message);
    }

    [Fact]
    public void Lengths_item_counts_and_exclusive_bounds_are_checked()
    {
        Assert.Equal("is shorter than 2 characters", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 2 }, "\"a\"")).Message);
        Assert.Equal("is longer than 2 characters", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2 }, "\"abc\"")).Message);
        Assert.Equal("has 0 items, fewer than 1", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.Array, MinItems = 1 }, "[]")).Message);
        Assert.Equal("1 is not greater than 1", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.Number, ExclusiveMinimum = "1" }, "1")).Message);
        Assert.Equal("0.3 is not a multiple of 0.2", Assert.Single(Validate(new OpenApiSchema { Type = JsonSchemaType.Number, MultipleOf = 0.2m }, "0.3")).Message);
        Assert.Empty(Validate(new OpenApiSchema { Type = JsonSchemaType.Number, MultipleOf = 0.1m }, "0.3"));
    }

    [Theory]
    [InlineData("\"text\"", null)]
    [InlineData("5", null)]
    [InlineData("true", "matches 0 of the 2 oneOf schemas, expected exactly 1")]
    public void OneOf_needs_exactly_one_matching_branch(string json, string? message)
    {
        var schema = new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.String }, new OpenApiSchema { Type = JsonSchemaType.Integer }] };

        Assert.Equal(message, Validate(schema, json).SingleOrDefault()?.Message);
    }

    [Fact]
    public void OneOf_with_two_matching_branches_is_an_error()
    {
        var schema = new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Number }, new OpenApiSchema { Type = JsonSchemaType.Integer }] };

        Assert.Equal("matches 2 of the 2 oneOf schemas, expected exactly 1", Assert.Single(Validate(schema, "5")).Message);
    }

    [Fact]
    public void Additional_properties_are_rejected_when_forbidden_and_validated_against_their_schema()
    {
        var closed = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = false };
        var typed = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Integer } };

        var error = Assert.Single(Validate(closed, """{"x":1}"""));
        Assert.Equal(("/x", "additional property is not allowed"), (error.Pointer, error.Message));
        Assert.Empty(Validate(typed, """{"a":1,"b":2}"""));
        Assert.Equal("/b", Assert.Single(Validate(typed, """{"a":1,"b":"two"}""")).Pointer);
        Assert.Empty(Validate(new OpenApiSchema { Type = JsonSchemaType.Object }, """{"anything":true}"""));
    }

    [Fact]
    public void An_invalid_pattern_is_an_error_entry_not_an_exception()
    {
        var errors = Validate(new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "([a-z" }, "\"abc\"");

        var error = Assert.Single(errors);
        Assert.Contains("is not a valid regular expression", error.Message, StringComparison.Ordinal);
        Assert.Contains("([a-z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_times_out_is_an_error_entry_not_an_exception()
    {
        // Catastrophic backtracking: far more than the one-second limit on a non-matching value.
        var errors = Validate(new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(a+)+$" }, "\"" + new string('a', 64) + "!\"");

        Assert.Contains("matching took longer than 1 s", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e30", "0.5")]
    [InlineData("-8e28", "3")]
    [InlineData("1.7976931348623157e308", "0.1")]
    public void A_number_beyond_the_decimal_range_is_checked_for_multiple_of_without_overflowing(string json, string multiple)
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.Number, MultipleOf = decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Empty(Validate(schema, json));
    }

    private static List<ResponseValidationError> Validate(IOpenApiSchema schema, string json)
    {
        var errors = new List<ResponseValidationError>();
        SchemaValidator.Validate(schema, JsonNode.Parse(json), string.Empty, errors);
        return errors;
    }
}
