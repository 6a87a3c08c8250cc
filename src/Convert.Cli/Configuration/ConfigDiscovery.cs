namespace Convert.Cli.Configuration;

/// <summary>
/// Finds the <c>declutter.json</c> that applies to a folder, as Ruff does: the nearest one in the folder or above it,
/// looking no higher than the repository root (the first folder holding <c>.git</c>) or the filesystem root.
/// </summary>
internal static class ConfigDiscovery
{
    /// <summary>The full path of the nearest config file, or null when there is none.</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ConfigLoader.DefaultFileName);
            if (File.Exists(candidate))
                return candidate;
            // .git is a folder in a clone and a file in a worktree or submodule; either marks the repository root.
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
                return null;
        }
        return null;
    }
}
