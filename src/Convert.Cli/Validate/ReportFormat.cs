namespace Convert.Cli.Validate;

/// <summary>The report formats of <c>validate</c>.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Sarif,
    Junit,
    Github,
}
