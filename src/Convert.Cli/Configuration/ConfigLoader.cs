using System.CommandLine;
using Convert.Core.Cleaning;
using Convert.Core.Configuration;
using Convert.Core.Validation;

namespace Convert.Cli.Configuration;

/// <summary>
/// The --config and --no-config options, and how a configuration is found and loaded: --config FILE for every input,
/// --no-config for the built-in defaults, else the nearest <c>declutter.json</c> above each input (see
/// <see cref="ConfigDiscovery"/>). Each file is read and checked once per run, whatever number of inputs it serves.
/// </summary>
internal sealed class ConfigLoader(string? configOption, bool noConfig, CliEnvironment env)
{
    /// <summary>The config file looked for when --config is not given.</summary>
    public const string DefaultFileName = "declutter.json";

    private readonly Dictionary<string, LoadedConfig> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _discovered = new(StringComparer.Ordinal);
    private LoadedConfig? _defaults;

    public static Option<string> CreateOption() => new("--config")
    {
        Description = $"Use this config file for every input (default: the nearest {DefaultFileName} above each input, up to the repository root)",
        HelpName = "FILE",
    };

    public static Option<bool> CreateNoConfigOption() => new("--no-config")
    {
        Description = $"Ignore every {DefaultFileName}: use the built-in rules and severities",
    };

    /// <summary>Makes --config with --no-config a usage error on <paramref name="command"/>.</summary>
    public static void ForbidBoth(Command command, Option<string> config, Option<bool> noConfig)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(config) is not null && result.GetValue(noConfig))
                result.AddError("--config and --no-config cannot be used together");
        });
    }

    /// <summary>The configuration for an input file (or, for stdin, for the current folder).</summary>
    /// <exception cref="CliUsageException">The config file is missing, unreadable or invalid.</exception>
    public LoadedConfig ForFile(string? fullPath) =>
        ForDirectory(fullPath is null ? env.CurrentDirectory : Path.GetDirectoryName(fullPath) ?? env.CurrentDirectory);

    /// <summary>The configuration for the files of a folder.</summary>
    /// <exception cref="CliUsageException">The config file is missing, unreadable or invalid.</exception>
    public LoadedConfig ForDirectory(string directory)
    {
        if (noConfig)
            return Defaults();
        if (configOption is not null)
        {
            var fullPath = Path.GetFullPath(configOption, env.CurrentDirectory);
            if (!File.Exists(fullPath))
                throw new CliUsageException($"{configOption}: config file not found");
            return Load(fullPath, configOption);
        }

        if (!_discovered.TryGetValue(directory, out var found))
            _discovered[directory] = found = ConfigDiscovery.Find(directory);
        return found is null ? Defaults() : Load(found, DisplayPath(found));
    }

    private LoadedConfig Defaults() =>
        _defaults ??= new LoadedConfig(null, null, null, env.Services.CreateEngine(null), RuleSeverities.Defaults, [])
        {
            DefaultsReason = noConfig ? "--no-config" : "no declutter.json found",
        };

    private LoadedConfig Load(string fullPath, string displayPath)
    {
        if (_loaded.TryGetValue(fullPath, out var cached))
            return cached;
        var json = ReadText(displayPath, fullPath);
        try
        {
            ConfigChecker.Check(json);
            var config = new LoadedConfig(displayPath, fullPath, json, env.Services.CreateEngine(json), RuleSeverities.Load(json), SeverityOverride.Load(json));
            _loaded[fullPath] = config;
            return config;
        }
        catch (RuleConfigException e)
        {
            throw new CliUsageException($"{displayPath}: {e.Message}");
        }
    }

    // Relative to the current folder when the config is inside it (as the user would type it), else absolute.
    private string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(env.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
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
