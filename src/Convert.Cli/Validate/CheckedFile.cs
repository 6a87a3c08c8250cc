using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>One file's outcome, as the reports receive it.</summary>
/// <param name="DisplayPath">The path as the user named it (joined with the walked relative path).</param>
/// <param name="RepoPath">The path relative to the workspace with '/' separators (what SARIF, GitHub and GitLab
/// need), or the absolute path when the file is outside it, or the stdin name.</param>
/// <param name="Findings">The findings reported (at or above --min-severity, selected, not in the baseline).</param>
/// <param name="Elapsed">How long the file took to read and check.</param>
/// <param name="Failure">Why the file could not be checked at all, or null.</param>
internal sealed record CheckedFile(
    string DisplayPath,
    string RepoPath,
    IReadOnlyList<Finding> Findings,
    TimeSpan Elapsed = default,
    FileFailure? Failure = null);

/// <summary>A file that could not be checked: it could not be read, or checking it crashed.</summary>
/// <param name="Kind"><see cref="ReadError"/> or <see cref="InternalError"/>.</param>
/// <param name="Message">One line for a person.</param>
internal sealed record FileFailure(string Kind, string Message)
{
    public const string ReadError = "read-error";
    public const string InternalError = "internal-error";
}

/// <summary>The totals of a run, over the findings reported.</summary>
internal sealed record ValidationSummary(int Files, int Errors, int Warnings, int Infos, int Failures = 0, int Baselined = 0)
{
    public string Line
    {
        get
        {
            var line = $"{Files} {Plural(Files, "file")} checked: {Errors} {Plural(Errors, "error")}, {Warnings} {Plural(Warnings, "warning")}, {Infos} info";
            if (Failures > 0)
                line += $", {Failures} {Plural(Failures, "file")} not checked";
            if (Baselined > 0)
                line += $" ({Baselined} known {Plural(Baselined, "finding")} in the baseline not shown)";
            return line;
        }
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
