using System.Diagnostics;
using Formbricks.Contracts.OpenApi;

namespace Formbricks.Contracts.Tool.Input;

/// <summary>
/// Loads a document named on the command line: a file (YAML or JSON) or <c>git:REV:path</c>, read with
/// <c>git show REV:path</c> in the current directory. A document that cannot be read is an
/// <see cref="UnreadableSpecException"/> with one located line.
/// </summary>
internal static class SpecSource
{
    private const string GitPrefix = "git:";

    public static SpecReadResult Load(string argument)
    {
        var (name, text) = ReadText(argument);
        var result = SpecReader.Read(name, text);
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == SpecDiagnosticSeverity.Error);
        if (result.Document is null || error is not null)
        {
            var located = error is null
                ? $"{name}: error: not a readable OpenAPI document"
                : $"{name}:{error.Span.StartLine + 1}:{error.Span.StartColumn + 1}: error: {error.Message}";
            throw new UnreadableSpecException(located);
        }

        return result;
    }

    /// <summary>The text and the name locations use (the file as given, or the path inside the git revision).</summary>
    public static (string Name, string Text) ReadText(string argument)
    {
        if (argument.StartsWith(GitPrefix, StringComparison.Ordinal))
        {
            var rest = argument.Substring(GitPrefix.Length);
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == rest.Length - 1)
            {
                throw new UsageException($"'{argument}' is not of the form git:REVISION:path (e.g. git:HEAD~1:spec/formbricks.openapi.yml).");
            }

            var path = rest.Substring(colon + 1);
            return (path, GitShow(rest.Substring(0, colon), path, argument));
        }

        try
        {
            return (argument, File.ReadAllText(argument));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UnreadableSpecException($"{argument}: error: cannot read the file ({e.Message})");
        }
    }

    private static string GitShow(string revision, string path, string argument)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("show");
        start.ArgumentList.Add(revision + ":" + path);
        try
        {
            using var process = Process.Start(start) ?? throw new UnreadableSpecException($"{argument}: error: git could not be started");
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var reason = error.Result.Trim().Split('\n').FirstOrDefault() ?? "git show failed";
                throw new UnreadableSpecException($"{argument}: error: git show {revision}:{path} failed ({reason.Trim()})");
            }

            return text;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UnreadableSpecException($"{argument}: error: git could not be started ({e.Message})");
        }
    }
}
