using System.Runtime.InteropServices;
using Formbricks.Contracts.Fakes;
using Formbricks.Contracts.Fakes.Hosting.Admin;

// Serves the fake Formbricks server on 127.0.0.1 until Ctrl+C, with its admin API (/__admin/…, /__formbricks/…):
//   dotnet run --project fakes/Formbricks.Contracts.Fakes.Host -- --port 5080 --seed 42
// Exit codes: 0 stopped by SIGINT, SIGTERM or SIGQUIT (or --help); 2 a bad argument or the port in use; 1 any other
// failure to start. Errors are one line on standard error (a bad argument adds the usage line).
var arguments = HostArguments.Parse(args);
if (arguments.Help)
{
    Console.WriteLine(HostArguments.Usage);
    return 0;
}

if (arguments.Error is { } error)
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(HostArguments.Usage);
    return 2;
}

var options = arguments.Options;
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
catch (Exception e) when (e is IOException or InvalidOperationException or OutOfMemoryException)
{
    await Console.Error.WriteLineAsync($"the fake server could not start: {e.Message}");
    return 1;
}

await using var _ = server;
if (arguments.Json)
{
    // One line of JSON and nothing else on standard output, for suites in other languages to read.
    Console.WriteLine(ServerDescription.ToJsonLine(server));
}
else
{
    var seeded = server.Seeded;
    Console.WriteLine($"Fake Formbricks server listening on {server.Url}");
    Console.WriteLine($"API base:  {server.ApiUrl}");
    Console.WriteLine($"API key:   {server.ApiKey}");
    Console.WriteLine($"Seed:      {options.Seed}");
    if (options.AdminApi)
    {
        Console.WriteLine($"Admin API: {server.Url}__formbricks/ (and WireMock's {server.Url}__admin/mappings, /requests, /reset)");
    }

    foreach (var property in typeof(SeededIds).GetProperties())
    {
        var value = property.GetValue(seeded);
        var text = value is IReadOnlyDictionary<int, string> bySize
            ? string.Join(", ", bySize.Select(p => $"{p.Key} contacts: {p.Value}"))
            : value?.ToString();
        Console.WriteLine($"{property.Name,-28} {text}");
    }

    Console.WriteLine("Press Ctrl+C to stop.");
}

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
