using Formbricks.Contracts.Tool;

var parse = ToolCommands.CreateRoot(Console.Out, Console.Error).Parse(args);
return parse.Errors.Count > 0 ? ParseErrors.Report(parse, Console.Error) : await parse.InvokeAsync();
