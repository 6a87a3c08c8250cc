using System.Text.Json.Serialization;

namespace Convert.Cli.Validate;

// The part of SARIF 2.1.0 this tool writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/). A small model of our
// own, as the Sarif.Sdk package is not available; property names follow the spec exactly.

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(string Name, string Version, IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    string Id,
    SarifText ShortDescription,
    SarifText FullDescription,
    SarifText Help,
    SarifRuleConfiguration DefaultConfiguration);

internal sealed record SarifRuleConfiguration(string Level);

internal sealed record SarifText(string Text);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations);

internal sealed record SarifLocation(
    SarifPhysicalLocation PhysicalLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifLogicalLocation>? LogicalLocations);

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

internal sealed record SarifArtifactLocation(string Uri);

internal sealed record SarifRegion(
    int StartLine,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? StartColumn);

internal sealed record SarifLogicalLocation(string FullyQualifiedName, string Kind);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SarifTool))]
[JsonSerializable(typeof(SarifResult))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
