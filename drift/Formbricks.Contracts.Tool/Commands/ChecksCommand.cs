using System.CommandLine;
using Formbricks.Contracts.Drift;
using Formbricks.Contracts.Drift.Rules;

namespace Formbricks.Contracts.Tool.Commands;

/// <summary><c>formbricks-contracts checks</c>: every rule with its id, default level, family and description.</summary>
internal static class ChecksCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("checks", "Lists every diff rule: id, default level, family (docs/drift/rules/<family>.md) and what it finds.");
        command.SetAction(_ =>
        {
            var width = RuleCatalog.All.Max(r => r.Id.Length);
            foreach (var rule in RuleCatalog.All)
            {
                output.WriteLine($"{rule.Id.PadRight(width)}  {FindingLevels.Name(rule.Level),-4}  {rule.Family,-20}  {rule.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
