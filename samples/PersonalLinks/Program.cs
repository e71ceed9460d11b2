using PersonalLinks;

return await PersonalLinksCommand.Create(Console.Error).Parse(args).InvokeAsync();
