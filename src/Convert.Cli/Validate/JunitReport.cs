using System.Globalization;
using System.Xml;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// JUnit XML for CI test tabs (GitLab, Jenkins, Azure): one test suite, one test case per checked file, failed when
/// the file has errors. Warnings and info go to the case's system-out. The suite's header carries totals, so the
/// report keeps each file's finding lines (never the articles) until the end.
/// </summary>
internal sealed class JunitReport(TextWriter output) : IValidationReport
{
    public const string SuiteName = "declutter validate";

    private readonly List<(string Path, List<string> Errors, List<string> Others)> _cases = [];

    public void Add(CheckedFile file)
    {
        var errors = file.Findings.Where(f => f.Severity == Severity.Error).Select(Describe).ToList();
        var others = file.Findings.Where(f => f.Severity != Severity.Error).Select(Describe).ToList();
        _cases.Add((XmlSafe(file.DisplayPath), errors, others));
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
            foreach (var (path, errors, others) in _cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", path);
                xml.WriteAttributeString("classname", ToolInfo.Name);
                if (errors.Count > 0)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", string.Create(CultureInfo.InvariantCulture, $"{errors.Count} {(errors.Count == 1 ? "error" : "errors")}"));
                    xml.WriteAttributeString("type", "error");
                    xml.WriteString(string.Join("\n", errors));
                    xml.WriteEndElement();
                }
                if (others.Count > 0)
                    xml.WriteElementString("system-out", string.Join("\n", others));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.Write('\n');
        output.Flush();
    }

    private void WriteCounts(XmlWriter xml)
    {
        xml.WriteAttributeString("tests", _cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", _cases.Count(c => c.Errors.Count > 0).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
    }

    private static string Describe(Finding finding)
    {
        var place = finding switch
        {
            { Line: { } line, Column: { } column } => $"{line}:{column}",
            { Line: { } line } => $"{line}",
            _ => finding.Location ?? "-",
        };
        var location = finding.Line is not null && finding.Location is not null ? $" [{finding.Location}]" : "";
        return XmlSafe($"{place} {TextReport.Name(finding.Severity)} {finding.RuleId}: {finding.Message}{location}");
    }

    // XML cannot carry control characters (even escaped) nor lone surrogates: one in a file name or a finding
    // would make the writer throw and lose the whole report, so they are spelled out as \uXXXX.
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) && !HasLoneSurrogate(text))
            return text;
        var safe = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                safe.Append(c).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(c))
                safe.Append(c);
            else
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return safe.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return true;
        }
        return false;
    }
}
