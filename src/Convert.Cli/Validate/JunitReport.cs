using Convert.Cli.Reporting;
using System.Globalization;
using System.Xml;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// JUnit XML for CI test tabs (GitLab, Jenkins, Azure): one test suite, one test case per checked file with its
/// <c>file</c> (relative to the workspace) and <c>time</c>. A file with errors fails, the first error as the failure's
/// message and all of them in its text; a file that could not be checked is an <c>error</c>. Warnings and info go to the
/// case's system-out. The suite's header carries totals, so the report keeps each file's finding lines (never the
/// articles) until the end.
/// </summary>
internal sealed class JunitReport(TextWriter output) : IValidationReport
{
    public const string SuiteName = "declutter validate";

    private readonly List<Case> _cases = [];

    private sealed record Case(string Name, string File, double Seconds, FileFailure? Failure, Finding? FirstError, List<string> Errors, List<string> Others);

    public void Add(CheckedFile file)
    {
        var errors = file.Findings.Where(f => f.Severity == Severity.Error).ToList();
        _cases.Add(new Case(file.DisplayPath, file.RepoPath, file.Elapsed.TotalSeconds, file.Failure, errors.FirstOrDefault(),
            errors.Select(Describe).ToList(),
            file.Findings.Where(f => f.Severity != Severity.Error).Select(Describe).ToList()));
    }

    public void Finish(ValidationSummary summary)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n", CloseOutput = false };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", SuiteName);
            WriteCounts(xml);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", SuiteName);
            WriteCounts(xml);
            foreach (var testCase in _cases)
                WriteCase(xml, testCase);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.Write('\n');
        output.Flush();
    }

    private static void WriteCase(XmlWriter xml, Case testCase)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", ReportText.Escape(testCase.Name));
        xml.WriteAttributeString("classname", ToolInfo.Name);
        xml.WriteAttributeString("file", ReportText.Escape(testCase.File));
        xml.WriteAttributeString("time", Seconds(testCase.Seconds));
        if (testCase.Failure is { } failure)
        {
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", ReportText.Escape(failure.Message));
            xml.WriteAttributeString("type", failure.Kind);
            xml.WriteString(ReportText.Escape(failure.Message));
            xml.WriteEndElement();
        }
        else if (testCase.FirstError is { } first)
        {
            xml.WriteStartElement("failure");
            var more = testCase.Errors.Count > 1 ? $" (and {testCase.Errors.Count - 1} more)" : "";
            xml.WriteAttributeString("message", ReportText.Escape(Reporting.Diagnostics.OneLine(first.Message)) + more);
            xml.WriteAttributeString("type", first.RuleId);
            xml.WriteString(string.Join("\n", testCase.Errors));
            xml.WriteEndElement();
        }
        if (testCase.Others.Count > 0)
            xml.WriteElementString("system-out", string.Join("\n", testCase.Others));
        xml.WriteEndElement();
    }

    private void WriteCounts(XmlWriter xml)
    {
        xml.WriteAttributeString("tests", _cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", _cases.Count(c => c.Failure is null && c.FirstError is not null).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", _cases.Count(c => c.Failure is not null).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(_cases.Sum(c => c.Seconds)));
    }

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Describe(Finding finding)
    {
        var place = finding switch
        {
            { Line: { } line, Column: { } column } => $"{line}:{column}",
            { Line: { } line } => $"{line}",
            _ => finding.Location ?? "-",
        };
        var location = finding.Line is not null && finding.Location is not null ? $" [{finding.Location}]" : "";
        return ReportText.Escape($"{place} {TextReport.Name(finding.Severity)} {finding.RuleId}: {Reporting.Diagnostics.OneLine(finding.Message)}{location}");
    }
}
