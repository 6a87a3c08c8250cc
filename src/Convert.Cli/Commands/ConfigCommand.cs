using Convert.Cli.Configuration;
using System.CommandLine;
using Convert.Cli.Reporting;

namespace Convert.Cli.Commands;

/// <summary>
/// <c>declutter config [INPUT]</c>: prints the configuration in effect for INPUT (or the current folder) and the file
/// it came from. The output is itself a valid declutter.json: the source as comments, then every setting spelled out.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CliEnvironment env)
    {
        var input = new Argument<string?>("INPUT")
        {
            Description = "Show the configuration that applies to this file or folder (default: the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var config = ConfigLoader.CreateOption();
        var noConfig = ConfigLoader.CreateNoConfigOption();
        var command = new Command("config", $"Print the configuration in effect (the nearest {ConfigLoader.DefaultFileName}, merged with the defaults) and where it came from")
        {
            input, config, noConfig,
        };
        ConfigLoader.ForbidBoth(command, config, noConfig);
        command.SetAction(parseResult =>
        {
            try
            {
                var target = parseResult.GetValue(input) is { } given ? Path.GetFullPath(given, env.CurrentDirectory) : env.CurrentDirectory;
                if (!File.Exists(target) && !Directory.Exists(target))
                    throw new CliUsageException($"{parseResult.GetValue(input)}: no such file or folder");
                var loader = new ConfigLoader(parseResult.GetValue(config), parseResult.GetValue(noConfig), env);
                var loaded = Directory.Exists(target) ? loader.ForDirectory(target) : loader.ForFile(target);
                env.Out.Write(EffectiveConfig.Format(loaded, target, env.CurrentDirectory));
                env.Out.Flush();
                return ExitCodes.Success;
            }
            catch (CliUsageException e)
            {
                env.Error.WriteLine(Diagnostics.Error(e.Message));
                return ExitCodes.UsageOrFatal;
            }
        });
        return command;
    }
}
