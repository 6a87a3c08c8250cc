using Convert.Cli.Reporting;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Convert.Cli.Validate;

/// <summary>
/// The JSON report, version 1: <c>{"version":1, "tool":{name, version}, "files":[{path, failure, findings:[{ruleId,
/// severity, message, line, column, location}]}], "summary":{files, errors, warnings, info, failures}}</c>. Every
/// checked file is listed, with or without findings; <c>failure</c> is <c>{kind, message}</c> for a file that could
/// not be checked; fields without a value are null. Written as files arrive.
/// </summary>
internal sealed class JsonReport : IValidationReport, IDisposable
{
    public const int Version = 1;

    private readonly Utf8JsonWriter _json;
    private readonly Stream _output;

    public JsonReport(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteNumber("version", Version);
        _json.WriteStartObject("tool");
        _json.WriteString("name", ToolInfo.Name);
        _json.WriteString("version", ToolInfo.Version);
        _json.WriteEndObject();
        _json.WriteStartArray("files");
    }

    public void Add(CheckedFile file)
    {
        _json.WriteStartObject();
        _json.WriteString("path", file.DisplayPath);
        if (file.Failure is { } failure)
        {
            _json.WriteStartObject("failure");
            _json.WriteString("kind", failure.Kind);
            _json.WriteString("message", failure.Message);
            _json.WriteEndObject();
        }
        else
        {
            _json.WriteNull("failure");
        }
        _json.WriteStartArray("findings");
        foreach (var finding in file.Findings)
        {
            _json.WriteStartObject();
            _json.WriteString("ruleId", finding.RuleId);
            _json.WriteString("severity", TextReport.Name(finding.Severity));
            _json.WriteString("message", finding.Message);
            WriteNumberOrNull("line", finding.Line);
            WriteNumberOrNull("column", finding.Column);
            _json.WriteString("location", finding.Location);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Finish(ValidationSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("files", summary.Files);
        _json.WriteNumber("errors", summary.Errors);
        _json.WriteNumber("warnings", summary.Warnings);
        _json.WriteNumber("info", summary.Infos);
        _json.WriteNumber("failures", summary.Failures);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
        _output.Write("\n"u8);
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteNumberOrNull(string name, int? value)
    {
        if (value is { } number)
            _json.WriteNumber(name, number);
        else
            _json.WriteNull(name);
    }
}
