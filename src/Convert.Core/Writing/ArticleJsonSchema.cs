using System.Text.Json;
using Json.Schema;

namespace Convert.Core.Writing;

/// <summary>The JSON Schema (draft 2020-12) of <see cref="JsonArticleWriter"/>'s output, and a check against it.</summary>
public static class ArticleJsonSchema
{
    private const string ResourceName = "Convert.Core.Writing.Json.article.schema.json";

    private static readonly Lazy<string> LazyText = new(LoadText);
    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromText(Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The JSON Schema (draft 2020-12) of the JSON output, as text.</summary>
    public static string Text => LazyText.Value;

    /// <summary>
    /// Checks JSON text against the schema. Returns the problems found (JSON Pointer of the offending value,
    /// message), or an empty list when the document is valid. Text that is not JSON gives one problem at "".
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [("", $"not valid JSON: {e.Message}")];
        }

        using (document)
        {
            var results = LazySchema.Value.Evaluate(document.RootElement,
                new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
                return [];
            var errors = (results.Details ?? [])
                .Prepend(results)
                .Where(r => r.Errors is { Count: > 0 })
                .SelectMany(r => r.Errors!.Select(e => (Path: r.InstanceLocation.ToString(), Message: $"{e.Key}: {e.Value}")))
                .Distinct()
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ThenBy(e => e.Message, StringComparer.Ordinal)
                .ToList();
            return errors;
        }
    }

    private static string LoadText()
    {
        using var stream = typeof(ArticleJsonSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
