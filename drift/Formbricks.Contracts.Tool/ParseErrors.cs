using System.CommandLine;

namespace Formbricks.Contracts.Tool;

/// <summary>System.CommandLine's parse errors as the tool reports them: one line each, exit code 2 (bad usage), never its default 1.</summary>
internal static class ParseErrors
{
    public static int Report(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
        {
            error.WriteLine("error: " + problem.Message);
        }

        error.WriteLine("Run 'formbricks-contracts --help' for usage.");
        return ExitCodes.Usage;
    }
}
