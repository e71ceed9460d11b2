using System.CommandLine;
using Formbricks.Contracts.Tool.Commands;

namespace Formbricks.Contracts.Tool;

/// <summary>The root command and the list of subcommands, one per file under <c>Commands/</c>.</summary>
internal static class ToolCommands
{
    /// <summary>The <c>formbricks-contracts</c> root command with every subcommand.</summary>
    public static RootCommand CreateRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Formbricks.Contracts drift checks: breaking changes between two OpenAPI documents, and a live server against its spec.");
        root.Subcommands.Add(DiffCommand.Create(output, error));
        root.Subcommands.Add(ChecksCommand.Create(output));
        root.Subcommands.Add(BaselineCommand.Create(output, error));
        root.Subcommands.Add(VerifyCommand.Create(output, error));
        return root;
    }
}
