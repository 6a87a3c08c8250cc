using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>The report formats of <c>validate</c>.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Sarif,
    Junit,
    Github,
    Gitlab,
    Concise,
}

/// <summary>Facts about each report format.</summary>
internal static class ReportFormats
{
    /// <summary>
    /// The least severity reported when --min-severity is not given: formats that become alerts or annotations
    /// (code scanning, pull request annotations, merge request widgets) leave info out, as it is the tool doing its job.
    /// </summary>
    public static Severity DefaultMinSeverity(ReportFormat format) =>
        format is ReportFormat.Sarif or ReportFormat.Github or ReportFormat.Gitlab ? Severity.Warning : Severity.Info;
}
