using System.CommandLine;
using Convert.Core.Cleaning;
using Convert.Core.Validation;

namespace Convert.Cli.Commands;

/// <summary>The --config option and how the rule configuration is found and loaded.</summary>
internal static class ConfigLoader
{
    /// <summary>The config file looked for in the current folder when --config is not given.</summary>
    public const string DefaultFileName = "declutter.json";

    public static Option<string> CreateOption() => new("--config")
    {
        Description = $"JSON file with cleaning rule changes (default: {DefaultFileName} in the current folder, if present)",
        HelpName = "FILE",
    };

    /// <summary>Builds the conversion engine from the given or discovered config.</summary>
    /// <exception cref="CliUsageException">The config file is missing, unreadable or invalid.</exception>
    public static ConversionEngine LoadEngine(string? configOption, CliEnvironment env) =>
        Load(configOption, env, json => env.Services.CreateEngine(json));

    /// <summary>Builds the conversion engine and reads the validation rules' severities ("rules") from the same config.</summary>
    /// <exception cref="CliUsageException">The config file is missing, unreadable or invalid, or names an unknown rule.</exception>
    public static (ConversionEngine Engine, RuleSeverities Severities) LoadValidation(string? configOption, CliEnvironment env) =>
        Load(configOption, env, json => (env.Services.CreateEngine(json), RuleSeverities.Load(json)));

    // Reads the config once and builds from it; a config error is reported with the file's name.
    private static T Load<T>(string? configOption, CliEnvironment env, Func<string?, T> build)
    {
        var (path, json) = ReadConfig(configOption, env);
        try
        {
            return build(json);
        }
        catch (RuleConfigException e)
        {
            throw new CliUsageException($"{path}: {e.Message}");
        }
    }

    private static (string? Path, string? Json) ReadConfig(string? configOption, CliEnvironment env)
    {
        if (configOption is null)
        {
            var discovered = Path.Combine(env.CurrentDirectory, DefaultFileName);
            return File.Exists(discovered) ? (DefaultFileName, ReadText(DefaultFileName, discovered)) : (null, null);
        }

        var fullPath = Path.GetFullPath(configOption, env.CurrentDirectory);
        if (!File.Exists(fullPath))
            throw new CliUsageException($"{configOption}: config file not found");
        return (configOption, ReadText(configOption, fullPath));
    }

    private static string ReadText(string displayPath, string fullPath)
    {
        try
        {
            return File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{displayPath}: cannot read config: {e.Message}");
        }
    }
}
