using Formbricks.Contracts.Tool;

return await ToolCommands.CreateRoot(Console.Out, Console.Error).Parse(args).InvokeAsync();
