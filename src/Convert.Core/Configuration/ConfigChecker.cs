using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Convert.Core.Cleaning;

namespace Convert.Core.Configuration;

/// <summary>
/// Checks a <c>declutter.json</c> against <see cref="ConfigSchema"/> before any part of it is read: every unknown key
/// is an error with its JSON path and the nearest known key, values must have the schema's type and one of its
/// values, and the cleaning rule ids to disable must exist. Messages name JSON paths and values, never .NET types.
/// </summary>
/// <remarks>
/// Only the schema keywords the config schema uses are understood: $ref (local), type, enum, pattern, minimum,
/// minItems, properties, required, additionalProperties (false) and items; the annotation "x-key" names what an
/// object's keys are ("rule id") in messages.
/// </remarks>
public static class ConfigChecker
{
    /// <summary>How the config is parsed everywhere: comments and trailing commas are allowed.</summary>
    public static JsonDocumentOptions ParseOptions { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses config text; invalid JSON is a <see cref="RuleConfigException"/> with the line.</summary>
    public static JsonDocument Parse(string configJson)
    {
        ArgumentNullException.ThrowIfNull(configJson);
        try
        {
            return JsonDocument.Parse(configJson, ParseOptions);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $" at line {n + 1}" : "";
            var reason = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].ReplaceLineEndings(" ").Trim();
            throw new RuleConfigException($"invalid JSON{line}: {reason}");
        }
    }

    /// <exception cref="RuleConfigException">The config has a problem; the message gives the first (and how many more).</exception>
    public static void Check(string configJson)
    {
        using var document = Parse(configJson);
        var problems = Problems(document.RootElement);
        if (problems.Count > 0)
        {
            var more = problems.Count > 1 ? $" (and {problems.Count - 1} more {(problems.Count == 2 ? "problem" : "problems")})" : "";
            throw new RuleConfigException(problems[0] + more);
        }
    }

    /// <summary>Every problem of the config, in document order.</summary>
    public static IReadOnlyList<string> Problems(JsonElement config)
    {
        var problems = new List<string>();
        Walk(config, ConfigSchema.Root, "$", problems);
        if (problems.Count == 0)
            CheckDisabledRules(config, problems);
        return problems;
    }

    private static void CheckDisabledRules(JsonElement config, List<string> problems)
    {
        if (!config.TryGetProperty("cleaning", out var cleaning) || !cleaning.TryGetProperty("disable", out var disable))
            return;
        var known = RuleSet.BuiltIn.Rules.Select(r => r.Id).Concat(RuleSet.BuiltIn.HtmlRules.Select(r => r.Id)).ToList();
        var index = 0;
        foreach (var item in disable.EnumerateArray())
        {
            var id = item.GetString()!;
            if (!known.Contains(id, StringComparer.Ordinal))
                problems.Add($"$.cleaning.disable[{index}]: unknown cleaning rule id \"{id}\"{Suggestion.DidYouMean(id, known)} (declutter rules lists them)");
            index++;
        }
    }

    private static void Walk(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            problems.Add($"{path}: expected {TypeName(type)}, found {Describe(value)}");
            return;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            var names = allowed.EnumerateArray().Select(a => a.ToString()).ToList();
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            var list = names.Count <= 8 ? $" (use one of: {string.Join(", ", names)})" : "";
            problems.Add($"{path}: \"{text}\" is not allowed{Suggestion.DidYouMean(text, names)}{list}");
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String when schema.TryGetProperty("pattern", out var pattern)
                && !Regex.IsMatch(value.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)):
                problems.Add($"{path}: \"{value.GetString()}\" must match {pattern.GetString()}");
                break;
            case JsonValueKind.Number when schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble():
                problems.Add($"{path}: must be at least {minimum.GetRawText()}");
                break;
            case JsonValueKind.Array:
                WalkArray(value, schema, path, problems);
                break;
            case JsonValueKind.Object:
                WalkObject(value, schema, path, problems);
                break;
        }
    }

    private static void WalkArray(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
            problems.Add($"{path}: needs at least {minItems.GetInt32()} {(minItems.GetInt32() == 1 ? "item" : "items")}");
        if (!schema.TryGetProperty("items", out var items))
            return;
        var index = 0;
        foreach (var item in value.EnumerateArray())
            Walk(item, items, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), problems);
    }

    private static void WalkObject(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        var known = hasProperties ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
        var keyName = schema.TryGetProperty("x-key", out var keyAnnotation) ? keyAnnotation.GetString()! : "key";
        foreach (var property in value.EnumerateObject())
        {
            var childPath = ChildPath(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var childSchema))
                Walk(property.Value, childSchema, childPath, problems);
            else if (closed)
                problems.Add($"{childPath}: unknown {keyName} \"{property.Name}\"{Hint(property.Name, known)}");
        }
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                    problems.Add($"{path}: missing \"{name}\"");
            }
        }
    }

    // "; did you mean X?" when a known key is close, else the known keys when they are few.
    private static string Hint(string name, List<string> known)
    {
        var suggestion = Suggestion.DidYouMean(name, known);
        if (suggestion.Length > 0 || known.Count == 0 || known.Count > 8)
            return suggestion;
        return $" (known: {string.Join(", ", known.Where(k => k != "$schema"))})";
    }

    private static JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var pointer = reference.GetString()!;
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
                throw new InvalidOperationException($"Only local $ref is supported in the config schema: {pointer}");
            var target = ConfigSchema.Root;
            foreach (var step in pointer[2..].Split('/'))
                target = target.GetProperty(step);
            schema = target;
        }
        return schema;
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!))
        : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"Unknown type in the config schema: {type}"),
    };

    private static string TypeName(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => Article(t.GetString()!)))
        : Article(type.GetString()!);

    private static string Article(string type) => type switch
    {
        "object" or "array" or "integer" => $"an {type}",
        "null" => "null",
        _ => $"a {type}",
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    // $.cleaning.disable, or $["odd key"] for keys that are not plain words.
    private static string ChildPath(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '$')
            ? $"{path}.{name}"
            : $"{path}[\"{JsonEncodedText.Encode(name)}\"]";
}
