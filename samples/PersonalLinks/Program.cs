using System.CommandLine;
using System.Runtime.InteropServices;
using PersonalLinks;

// Ctrl-C (SIGINT) and SIGTERM cancel the export instead of killing the process: the temporary file is removed, one
// line is said and the exit code is 130. System.CommandLine's own handling is off, so there is one path for both.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

var interactive = !Console.IsErrorRedirected;
var parse = PersonalLinksCommand.Create(Console.Error, interactive).Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync("error: " + error.Message);
    }

    await Console.Error.WriteLineAsync("Run with --help for the options and exit codes.");
    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellation.Token);
}
#pragma warning disable CA1031 // The last line of defence: a user gets one line, never a stack trace.
catch (Exception error)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"error: unexpected failure, a bug in the tool ({error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")}). Please report it.");
    return ExitCodes.Bug;
}
