using System.Text.Json.Serialization;

namespace Convert.Cli.Validate;

// The part of SARIF 2.1.0 this tool writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/). A small model of our
// own, as the Sarif.Sdk package is not available; property names follow the spec exactly.

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(string Name, string Version, string InformationUri, IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    string Id,
    SarifText ShortDescription,
    SarifText FullDescription,
    SarifText Help,
    string HelpUri,
    SarifRuleConfiguration DefaultConfiguration);

internal sealed record SarifRuleConfiguration(string Level);

internal sealed record SarifText(string Text);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints);

internal sealed record SarifLocation(
    SarifPhysicalLocation PhysicalLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifLogicalLocation>? LogicalLocations);

internal sealed record SarifPhysicalLocation(
    SarifArtifactLocation ArtifactLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SarifRegion? Region);

internal sealed record SarifArtifactLocation(
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UriBaseId);

internal sealed record SarifRegion(
    int StartLine,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? StartColumn);

internal sealed record SarifLogicalLocation(string FullyQualifiedName, string Kind);

internal sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification> ToolExecutionNotifications);

internal sealed record SarifNotification(
    string Level,
    SarifText Message,
    SarifDescriptorReference Descriptor,
    IReadOnlyList<SarifLocation> Locations);

internal sealed record SarifDescriptorReference(string Id);

internal sealed record SarifBaseUri(string Uri);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SarifTool))]
[JsonSerializable(typeof(SarifResult))]
[JsonSerializable(typeof(SarifInvocation))]
[JsonSerializable(typeof(Dictionary<string, SarifBaseUri>))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
