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
                .Where(r => r.Errors is { Count: > 0 } && !IsConditionCheck(r))
                .SelectMany(r => r.Errors!.Select(e => (Path: r.InstanceLocation.ToString(), Message: $"{Keyword(e.Key, r)}: {e.Value}")))
                .Distinct()
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ThenBy(e => e.Message, StringComparer.Ordinal)
                .ToList();
            return errors;
        }
    }

    // A property refused by "additionalProperties": false is reported under the "false" schema with no keyword;
    // the keyword is then the last step of the evaluation path.
    private static string Keyword(string key, EvaluationResults result) =>
        key.Length > 0 ? key : Steps(result).LastOrDefault() ?? "schema";

    // A failed "if" only selects which "then" applies (block types); it is not a problem in the document.
    private static bool IsConditionCheck(EvaluationResults result) => Steps(result).Contains("if");

    private static string[] Steps(EvaluationResults result) =>
        result.EvaluationPath.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static string LoadText()
    {
        using var stream = typeof(ArticleJsonSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
