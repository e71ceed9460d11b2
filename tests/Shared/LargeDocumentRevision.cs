using System.Text.Json;
using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Tests.Shared;

/// <summary>
/// The large benchmark document (<c>../shared/benchmark-specs/box-platform.openapi.json</c>, 294 operations) and a
/// revision of it for the drift engine, shared by its test and its benchmark (no test framework here). The edits sit
/// in components that many operations use, in requests and in responses, so one edit gives a finding at each of them.
/// </summary>
internal static class LargeDocumentRevision
{
    /// <summary>Where the document is (it may not exist when <c>../shared</c> is not beside the clone).</summary>
    public static string DocumentPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Path, "..", "shared", "benchmark-specs", "box-platform.openapi.json"));

    /// <summary>The revision of <paramref name="text"/>.</summary>
    public static string Revise(string text)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        var schemas = root["components"]!["schemas"]!.AsObject();

        // In the default response of almost every operation: an enum value added (WARN, one finding per operation).
        schemas["ClientError"]!["properties"]!["code"]!["enum"]!.AsArray().Add("gone");

        // Sent and received: a property made nullable, a required one added, another removed.
        var userBase = schemas["User--Base"]!.AsObject();
        userBase["properties"]!["id"]!["nullable"] = true;
        userBase["properties"]!["name"] = new JsonObject { ["type"] = "string" };
        userBase["required"]!.AsArray().Add("name");
        schemas["User--Mini"]!["allOf"]![1]!["properties"]!.AsObject().Remove("login");

        // A oneOf branch removed, and a type changed in a property reached through allOf.
        schemas["SkillCard"]!["oneOf"]!.AsArray().RemoveAt(3);
        schemas["Folder--Mini"]!["allOf"]![1]!["properties"]!["sequence_id"]!["allOf"]![0]!["type"] = "integer";

        ReviseOperations(root["paths"]!.AsObject());
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The first operation removed; then, each at a later operation, a query parameter made required, a string parameter given maxLength and a 200 response's content removed.</summary>
    private static void ReviseOperations(JsonObject paths)
    {
        var edited = 0;
        foreach (var path in paths.ToList())
        {
            foreach (var operation in path.Value!.AsObject().ToList())
            {
                if (operation.Value is not JsonObject op || operation.Key == "parameters")
                {
                    continue;
                }

                if (edited == 0)
                {
                    path.Value!.AsObject().Remove(operation.Key);
                    edited++;
                    break;
                }

                var parameters = (op["parameters"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
                if (edited == 1 && parameters.FirstOrDefault(p => p["in"]?.GetValue<string>() == "query") is { } query)
                {
                    query["required"] = true;
                    edited++;
                }
                else if (edited == 2 && parameters.FirstOrDefault(p => p["schema"] is JsonObject s && s["type"]?.GetValue<string>() == "string") is { } stringParameter)
                {
                    stringParameter["schema"]!["maxLength"] = 3;
                    edited++;
                }
                else if (edited == 3 && op["responses"]?["200"] is JsonObject ok && ok.Remove("content"))
                {
                    edited++;
                }
            }
        }
    }
}
