using System.Text.Json;

namespace Convert.Core.Configuration;

/// <summary>
/// The JSON Schema (draft 2020-12) of <c>declutter.json</c>. It is also the list of known keys <see cref="ConfigChecker"/>
/// checks a config with, so a new setting is known to editors and to the checker once it is added here.
/// </summary>
public static class ConfigSchema
{
    private const string ResourceName = "Convert.Core.Configuration.declutter.config.schema.json";

    private static readonly Lazy<string> LazyText = new(LoadText);
    private static readonly Lazy<JsonElement> LazyRoot = new(() =>
    {
        using var document = JsonDocument.Parse(Text);
        return document.RootElement.Clone();
    });

    /// <summary>The schema as text.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The schema, parsed.</summary>
    public static JsonElement Root => LazyRoot.Value;

    private static string LoadText()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
