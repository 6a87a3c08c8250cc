using System.Globalization;
using System.Text;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// GitHub Actions workflow commands, one line per finding: <c>::error title=RULE,file=PATH,line=L,col=C::MESSAGE</c>
/// (<c>::warning</c>, <c>::notice</c> for info), with PATH relative to the workspace. GitHub turns them into
/// annotations on the changed lines. A file that could not be checked is an <c>::error</c> titled with its failure kind.
/// </summary>
internal sealed class GithubReport(TextWriter output) : IValidationReport
{
    public void Add(CheckedFile file)
    {
        if (file.Failure is { } failure)
            output.Write($"::error title={Property(failure.Kind)},file={Property(file.RepoPath)}::{Data(failure.Message)}\n");
        foreach (var finding in file.Findings)
            output.Write(Line(file.RepoPath, finding) + "\n");
        output.Flush();
    }

    public void Finish(ValidationSummary summary) => output.Flush();

    public static string Line(string path, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var command = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new StringBuilder($"title={Property(finding.RuleId)},file={Property(path)}");
        if (finding.Line is { } line)
            properties.Append(CultureInfo.InvariantCulture, $",line={line}");
        if (finding.Column is { } column)
            properties.Append(CultureInfo.InvariantCulture, $",col={column}");
        var message = finding.Location is null ? finding.Message : $"{finding.Message} [{finding.Location}]";
        return $"::{command} {properties}::{Data(message)}";
    }

    // The escaping GitHub's toolkit applies (@actions/core command.ts): data escapes %, CR, LF; properties also : and ,.
    // Other control characters would reach the log as they are, so they are made visible first.
    private static string Data(string text) =>
        ReportText.Escape(text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
