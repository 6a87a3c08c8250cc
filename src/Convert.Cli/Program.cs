using Convert.Cli;

return await CliApp.RunAsync(args, CliEnvironment.FromConsole()).ConfigureAwait(false);
