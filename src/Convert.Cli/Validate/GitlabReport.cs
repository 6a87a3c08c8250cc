using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// GitLab Code Quality (a JSON array of issues with <c>description</c>, <c>check_name</c>, <c>fingerprint</c>,
/// <c>severity</c> and <c>location.path</c>/<c>lines.begin</c>), shown in merge requests. Paths are relative to the
/// workspace. GitLab tells issues apart by fingerprint, so the same finding twice in a file gets two. A file that could
/// not be checked is a <c>blocker</c> issue. Written as files arrive.
/// </summary>
internal sealed class GitlabReport : IValidationReport, IDisposable
{
    private readonly Utf8JsonWriter _json;
    private readonly Stream _output;

    public GitlabReport(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartArray();
    }

    public void Add(CheckedFile file)
    {
        if (file.Failure is { } failure)
            WriteIssue(failure.Message, failure.Kind, Hash($"{file.RepoPath}\n{failure.Kind}"), "blocker", file.RepoPath, 1);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in file.Findings)
        {
            var fingerprint = FindingFingerprint.Of(finding);
            var occurrence = seen[fingerprint] = seen.GetValueOrDefault(fingerprint) + 1;
            var message = finding.Location is null ? finding.Message : $"{finding.Message} [{finding.Location}]";
            WriteIssue(message, finding.RuleId, Hash($"{file.RepoPath}\n{fingerprint}\n{occurrence}"), Severity(finding.Severity), file.RepoPath, finding.Line ?? 1);
        }
        _json.Flush();
    }

    public void Finish(ValidationSummary summary)
    {
        _json.WriteEndArray();
        _json.Flush();
        _output.Write("\n"u8);
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteIssue(string description, string checkName, string fingerprint, string severity, string path, int line)
    {
        _json.WriteStartObject();
        _json.WriteString("description", description);
        _json.WriteString("check_name", checkName);
        _json.WriteString("fingerprint", fingerprint);
        _json.WriteString("severity", severity);
        _json.WriteStartObject("location");
        _json.WriteString("path", path);
        _json.WriteStartObject("lines");
        _json.WriteNumber("begin", line);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    // Code Quality severities: info, minor, major, critical, blocker.
    private static string Severity(Core.Validation.Severity severity) => severity switch
    {
        Core.Validation.Severity.Error => "major",
        Core.Validation.Severity.Warning => "minor",
        _ => "info",
    };

    private static string Hash(string text) => System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
