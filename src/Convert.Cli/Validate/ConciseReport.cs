using System.Globalization;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// One line per finding, <c>path:line:col: severity rule message</c>, the shape compilers print and editors and
/// terminals turn into links. A finding about the whole file points at 1:1; a JSON path or Word location follows
/// the message in brackets. A file that could not be checked is one <c>error</c> line with its failure kind as the rule.
/// </summary>
internal sealed class ConciseReport(TextWriter output) : IValidationReport
{
    public void Add(CheckedFile file)
    {
        var path = ReportText.Escape(file.DisplayPath);
        if (file.Failure is { } failure)
            output.Write($"{path}:1:1: error {failure.Kind} {ReportText.Escape(failure.Message)}\n");
        foreach (var finding in file.Findings)
            output.Write(Line(path, finding) + "\n");
        output.Flush();
    }

    public void Finish(ValidationSummary summary) => output.Flush();

    private static string Line(string path, Finding finding)
    {
        var location = finding.Location is null ? "" : $" [{ReportText.Escape(finding.Location)}]";
        var message = ReportText.Escape(Reporting.Diagnostics.OneLine(finding.Message));
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}:{finding.Line ?? 1}:{finding.Column ?? 1}: {TextReport.Name(finding.Severity)} {finding.RuleId} {message}{location}");
    }
}
