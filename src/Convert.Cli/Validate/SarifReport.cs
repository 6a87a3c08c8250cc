using Convert.Cli.Reporting;
using System.Text.Encodings.Web;
using System.Text.Json;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rule catalogue as tool.driver.rules
/// (each with a helpUri into the docs), one result per finding whose artifact URI is relative to the workspace
/// (<c>originalUriBaseIds</c> WORKSPACE), the line (1 for findings about the whole file) and the column where known,
/// and a partialFingerprint that survives edits above the finding. Files that could not be checked are
/// toolExecutionNotifications of the invocation, which is then not successful. Results are written as files arrive.
/// </summary>
internal sealed class SarifReport : IValidationReport, IDisposable
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string BaseId = "WORKSPACE";
    public const string FingerprintName = "declutterFinding/v1";

    private readonly Utf8JsonWriter _json;
    private readonly Stream _output;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly List<SarifNotification> _notifications = [];

    public SarifReport(Stream output, ReportPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _output = output;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var rules = ValidationRules.All;
        _ruleIndex = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        _json.WriteStartObject();
        _json.WriteString("$schema", SchemaUri);
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();
        _json.WritePropertyName("tool");
        var driver = new SarifDriver(ToolInfo.Name, ToolInfo.Version, ToolInfo.DocsUrl, rules.Select(Rule).ToList());
        JsonSerializer.Serialize(_json, new SarifTool(driver), SarifJsonContext.Default.SarifTool);
        _json.WritePropertyName("originalUriBaseIds");
        JsonSerializer.Serialize(_json, new Dictionary<string, SarifBaseUri> { [BaseId] = new(paths.WorkspaceUri) },
            SarifJsonContext.Default.DictionaryStringSarifBaseUri);
        _json.WriteStartArray("results");
    }

    public void Add(CheckedFile file)
    {
        if (file.Failure is { } failure)
        {
            _notifications.Add(new SarifNotification("error", new SarifText(ReportText.Escape(failure.Message)),
                new SarifDescriptorReference(failure.Kind), [new SarifLocation(new SarifPhysicalLocation(Artifact(file.RepoPath), null), null)]));
        }
        foreach (var finding in file.Findings)
            JsonSerializer.Serialize(_json, Result(file.RepoPath, finding), SarifJsonContext.Default.SarifResult);
        _json.Flush();
    }

    public void Finish(ValidationSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("invocations");
        JsonSerializer.Serialize(_json, new SarifInvocation(_notifications.Count == 0, _notifications), SarifJsonContext.Default.SarifInvocation);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.Write("\n"u8);
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static SarifRule Rule(ValidationRule rule) => new(
        rule.Id,
        new SarifText(rule.Description),
        new SarifText($"{rule.Description} Checks: {rule.AppliesTo} files."),
        new SarifText($"{rule.Description} See {ToolInfo.HelpUri(rule.Id)}"),
        ToolInfo.HelpUri(rule.Id),
        new SarifRuleConfiguration(Level(rule.DefaultSeverity)));

    private SarifResult Result(string repoPath, Finding finding)
    {
        // GitHub code scanning needs region.startLine on every result; a finding about the whole file (a JSON that
        // does not parse, a Word validator error) points at its first line, the location saying where inside.
        var region = new SarifRegion(finding.Line ?? 1, finding.Line is null ? null : finding.Column);
        var logical = finding.Location is { } location ? new[] { new SarifLogicalLocation(location, "element") } : null;
        return new SarifResult(
            finding.RuleId,
            _ruleIndex[finding.RuleId],
            Level(finding.Severity),
            new SarifText(finding.Message),
            [new SarifLocation(new SarifPhysicalLocation(Artifact(repoPath), region), logical)],
            new Dictionary<string, string> { [FingerprintName] = FindingFingerprint.Of(finding) });
    }

    // A path inside the workspace is a relative URI resolved against WORKSPACE; one outside it an absolute file URI.
    private static SarifArtifactLocation Artifact(string repoPath) => ReportPaths.IsRelative(repoPath)
        ? new SarifArtifactLocation(string.Join('/', repoPath.Split('/').Select(Uri.EscapeDataString)), BaseId)
        : new SarifArtifactLocation(new Uri(repoPath).AbsoluteUri, null);
}
