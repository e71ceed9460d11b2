using System.Globalization;
using System.Runtime.InteropServices;
using Formbricks.Contracts.Fakes;

// Serves the fake Formbricks server on 127.0.0.1 until Ctrl+C:
//   dotnet run --project fakes/Formbricks.Contracts.Fakes.Host -- --port 5080 --seed 42
const string Usage = "usage: Formbricks.Contracts.Fakes.Host [--port <0-65535>] [--seed <int>] [--contacts <n>] [--public-url <absolute url>] [--rate-limit] [--journal-capacity <n>|unbounded]";

var options = new FakeFormbricksOptions { Hosting = FakeHosting.Http, Port = 5080 };
for (var i = 0; i < args.Length; i++)
{
    var argument = args[i];
    string? Value() => i + 1 < args.Length ? args[++i] : null;
    bool ok;
    switch (args[i])
    {
        case "--port":
            ok = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535;
            options.Port = port;
            break;
        case "--seed":
            ok = int.TryParse(Value(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed);
            options.Seed = seed;
            break;
        case "--contacts":
            ok = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var contacts) && contacts <= 10_000_000;
            options.ContactCount = contacts;
            break;
        case "--public-url":
            ok = Uri.TryCreate(Value(), UriKind.Absolute, out var publicUrl);
            options.PublicUrl = publicUrl;
            break;
        case "--journal-capacity":
            // "unbounded" lifts the default bound (FakeFormbricksOptions.DefaultJournalCapacity).
            var capacityText = Value();
            ok = int.TryParse(capacityText, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity) || capacityText == "unbounded";
            options.JournalCapacity = capacityText == "unbounded" ? null : capacity;
            break;
        case "--rate-limit":
            ok = true;
            options.RateLimit = true;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            ok = false;
            break;
    }

    if (!ok)
    {
        await Console.Error.WriteLineAsync($"invalid value for '{argument}'");
        await Console.Error.WriteLineAsync(Usage);
        return 2;
    }
}

FakeFormbricksServer server;
try
{
    server = await FakeFormbricksServer.StartAsync(options);
}
catch (IOException) when (options.Port != 0)
{
    // Kestrel's bind failure: the port is taken (by another host, or anything else).
    await Console.Error.WriteLineAsync($"port {options.Port} on 127.0.0.1 is already in use: choose another with --port (0 picks a free one)");
    return 2;
}

await using var _ = server;
var seeded = server.Seeded;
Console.WriteLine($"Fake Formbricks server listening on {server.Url}");
Console.WriteLine($"API base:  {server.ApiUrl}");
Console.WriteLine($"API key:   {server.ApiKey}");
Console.WriteLine($"Seed:      {options.Seed}");
foreach (var property in typeof(SeededIds).GetProperties())
{
    var value = property.GetValue(seeded);
    var text = value is IReadOnlyDictionary<int, string> bySize
        ? string.Join(", ", bySize.Select(p => $"{p.Key} contacts: {p.Value}"))
        : value?.ToString();
    Console.WriteLine($"{property.Name,-28} {text}");
}

Console.WriteLine("Press Ctrl+C to stop.");
var stop = new TaskCompletionSource();
void Stop(PosixSignalContext context)
{
    // Handled here: the server is disposed (Kestrel stopped, port released) before the process exits with 0.
    context.Cancel = true;
    stop.TrySetResult();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);
await stop.Task;
return 0;
