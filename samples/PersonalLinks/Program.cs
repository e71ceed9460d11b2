using PersonalLinks;

return await PersonalLinksCommand.Create().Parse(args).InvokeAsync();
