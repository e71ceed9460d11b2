using System.CommandLine;
using System.Text.RegularExpressions;
using Formbricks.Contracts.Drift;
using Formbricks.Contracts.Tool.Input;
using Formbricks.Contracts.Tool.Output;
using Formbricks.Contracts.Tool.Tuning;

namespace Formbricks.Contracts.Tool.Commands;

/// <summary><c>formbricks-contracts diff BASE REVISION</c>: the changes between two documents that break a client of BASE.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseArgument = new Argument<string>("BASE") { Description = "The document clients were written against: a file (YAML or JSON) or git:REVISION:path." };
        var revisionArgument = new Argument<string>("REVISION") { Description = "The new document: a file or git:REVISION:path." };
        var format = new Option<string>("--format") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this level.", DefaultValueFactory = _ => "ERR" };
        failOn.AcceptOnlyFromAmong("ERR", "WARN", "INFO");
        var ignore = new Option<string?>("--ignore") { Description = "An ignore file: 'METHOD /path rule-id' lines." };
        var severity = new Option<string?>("--severity") { Description = "A severity file: 'rule-id ERR|WARN|INFO' lines." };
        var matchPath = new Option<string?>("--match-path") { Description = "Only report operations whose path matches this regular expression." };
        var outputFile = new Option<string?>("--output") { Description = "Write the report to this file (atomically) instead of the standard output." };
        var command = new Command("diff", "Reports the changes between two OpenAPI documents (3.0 or 3.1) that break, or may break, a client of BASE.")
        {
            baseArgument, revisionArgument, format, failOn, ignore, severity, matchPath, outputFile,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Run(
                    new DiffRequest(
                        parse.GetValue(baseArgument)!,
                        parse.GetValue(revisionArgument)!,
                        parse.GetValue(format) ?? "text",
                        parse.GetValue(failOn) ?? "ERR",
                        parse.GetValue(ignore),
                        parse.GetValue(severity),
                        parse.GetValue(matchPath),
                        parse.GetValue(outputFile)),
                    output);
            }
            catch (UsageException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Usage;
            }
            catch (UnreadableSpecException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Unreadable;
            }
        });
        return command;
    }

    private static int Run(DiffRequest request, TextWriter output)
    {
        var threshold = FindingLevels.TryParse(request.FailOn, out var level) ? level : FindingLevel.Err;
        var ignore = request.IgnoreFile is null ? null : IgnoreFile.Load(request.IgnoreFile);
        var severity = request.SeverityFile is null ? null : SeverityFile.Load(request.SeverityFile);
        var pathFilter = request.MatchPath is null ? null : PathFilter(request.MatchPath);
        var @base = SpecSource.Load(request.Base);
        var revision = SpecSource.Load(request.Revision);

        var findings = DriftEngine.Diff(@base, revision)
            .Where(f => pathFilter is null || f.Path.Length == 0 || pathFilter.IsMatch(f.Path))
            .Where(f => ignore is null || !ignore.Ignores(f))
            .Select(f => severity is null ? f : severity.Apply(f))
            .ToList();
        var report = new DiffReport(findings, threshold, request.Base, request.Revision);
        if (request.Output is null)
        {
            var colour = request.Format == "text" && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            ReportFormats.Write(request.Format, report, output, colour);
        }
        else
        {
            using var text = new StringWriter();
            ReportFormats.Write(request.Format, report, text, colour: false);
            AtomicFile.Write(request.Output, text.ToString());
        }

        return report.Failing > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static Regex PathFilter(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--match-path: error: '{pattern}' is not a valid regular expression ({e.Message})");
        }
    }

    private sealed record DiffRequest(string Base, string Revision, string Format, string FailOn, string? IgnoreFile, string? SeverityFile, string? MatchPath, string? Output);
}
