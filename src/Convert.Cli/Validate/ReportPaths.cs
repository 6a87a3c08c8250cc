namespace Convert.Cli.Validate;

/// <summary>
/// The folder machine reports make paths relative to: GITHUB_WORKSPACE on GitHub Actions, CI_PROJECT_DIR on GitLab CI,
/// else the current folder. Annotations, SARIF and Code Quality reports need paths relative to the repository.
/// </summary>
internal sealed class ReportPaths(string workspace)
{
    public string Workspace { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspace));

    public static ReportPaths From(CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var root = NonEmpty(env.GetEnvironmentVariable("GITHUB_WORKSPACE")) ?? NonEmpty(env.GetEnvironmentVariable("CI_PROJECT_DIR")) ?? env.CurrentDirectory;
        return new ReportPaths(Path.GetFullPath(root, env.CurrentDirectory));
    }

    /// <summary>The path relative to the workspace with '/' separators, or the absolute path (with '/') outside it.</summary>
    public string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(Workspace, fullPath);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>True for a path <see cref="Relative"/> made relative.</summary>
    public static bool IsRelative(string repoPath) => !Path.IsPathRooted(repoPath) && !repoPath.StartsWith('/');

    /// <summary>The workspace as a file URI ending in '/', for SARIF's originalUriBaseIds.</summary>
    public string WorkspaceUri => new Uri(Workspace + Path.DirectorySeparatorChar).AbsoluteUri;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
