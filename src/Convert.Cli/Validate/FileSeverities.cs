using Convert.Cli.Configuration;
using Convert.Core.Validation;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Convert.Cli.Validate;

/// <summary>
/// The severities for one file: its config's "rules", then each of the config's "overrides" whose "files" glob
/// matches the file's path relative to the config's folder (in order, so the last match wins), then --select/--ignore.
/// </summary>
internal sealed class FileSeverities(IReadOnlySet<string> select, IReadOnlySet<string> ignore, string currentDirectory)
{
    private readonly Dictionary<SeverityOverride, Matcher> _matchers = [];

    /// <param name="config">The config that applies to the file.</param>
    /// <param name="fullPath">The file's absolute path (for stdin, the path its --stdin-filename names).</param>
    public RuleSeverities For(LoadedConfig config, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(config);
        var severities = config.Severities;
        if (config.Overrides.Count > 0)
        {
            var relative = Path.GetRelativePath(config.BaseDirectory(currentDirectory), fullPath).Replace('\\', '/');
            if (!relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative))
            {
                foreach (var entry in config.Overrides)
                {
                    if (MatcherFor(entry).Match(relative).HasMatches)
                        severities = severities.With(entry.Rules);
                }
            }
        }
        return select.Count == 0 && ignore.Count == 0 ? severities : severities.Restrict(select.ToList(), ignore.ToList());
    }

    private Matcher MatcherFor(SeverityOverride entry)
    {
        if (!_matchers.TryGetValue(entry, out var matcher))
        {
            matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            foreach (var glob in entry.Files)
                matcher.AddInclude(glob);
            _matchers[entry] = matcher;
        }
        return matcher;
    }
}
