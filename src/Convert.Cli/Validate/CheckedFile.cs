using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>One file's outcome, as the reports receive it.</summary>
/// <param name="DisplayPath">The path as the user named it (joined with the walked relative path).</param>
/// <param name="RepoPath">The path relative to the current folder with '/' separators (what SARIF and GitHub need),
/// or the display path when the file is outside it or is stdin.</param>
/// <param name="Findings">The findings reported (only errors under --quiet).</param>
internal sealed record CheckedFile(string DisplayPath, string RepoPath, IReadOnlyList<Finding> Findings);

/// <summary>The totals of a run, over all findings (also those --quiet does not print).</summary>
internal sealed record ValidationSummary(int Files, int Errors, int Warnings, int Infos)
{
    public string Line =>
        $"{Files} {(Files == 1 ? "file" : "files")} checked: {Errors} {(Errors == 1 ? "error" : "errors")}, {Warnings} {(Warnings == 1 ? "warning" : "warnings")}, {Infos} info";
}
