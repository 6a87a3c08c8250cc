using System.Globalization;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// The human report: each file with findings, then one line per finding ("  12:5  error  message  rule-id"),
/// aligned per file; colours only when <paramref name="color"/> is set (a terminal, NO_COLOR unset).
/// </summary>
internal sealed class TextReport(TextWriter output, bool color) : IValidationReport
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Cyan = "\e[36m";

    private bool _anyPrinted;

    public void Add(CheckedFile file)
    {
        if (file.Findings.Count == 0 && file.Failure is null)
            return;
        if (_anyPrinted)
            output.WriteLine();
        _anyPrinted = true;
        output.WriteLine(Paint(ReportText.Escape(file.DisplayPath), Bold));

        if (file.Failure is { } failure)
        {
            output.WriteLine($"  -  {Paint("error", Red)}  {ReportText.Escape(failure.Message)}  {Paint(failure.Kind, Dim)}");
            output.Flush();
            return;
        }

        var places = file.Findings.Select(Place).ToList();
        var placeWidth = places.Max(p => p.Length);
        var severityWidth = file.Findings.Max(f => Name(f.Severity).Length);
        for (var i = 0; i < file.Findings.Count; i++)
        {
            var finding = file.Findings[i];
            var severity = Paint(Name(finding.Severity).PadRight(severityWidth), SeverityColor(finding.Severity));
            var location = finding.Location is null ? "" : $" {Paint("[" + ReportText.Escape(finding.Location) + "]", Dim)}";
            output.WriteLine($"  {places[i].PadRight(placeWidth)}  {severity}  {ReportText.Escape(Reporting.Diagnostics.OneLine(finding.Message))}{location}  {Paint(finding.RuleId, Dim)}");
        }
        output.Flush();
    }

    public void Finish(ValidationSummary summary) => output.Flush();

    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Place(Finding finding) => finding switch
    {
        { Line: { } line, Column: { } column } => string.Create(CultureInfo.InvariantCulture, $"{line}:{column}"),
        { Line: { } line } => line.ToString(CultureInfo.InvariantCulture),
        _ => "-",
    };

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string text, string code) => color ? code + text + Reset : text;
}
