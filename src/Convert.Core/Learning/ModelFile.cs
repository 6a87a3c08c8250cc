using System.Text.Json;
using System.Text.Json.Nodes;

namespace Convert.Core.Learning;

/// <summary>
/// The model file: JSON with the format name and version, the model's name, feature names, base score, decision
/// threshold, free-form training metadata, and one line per tree (its node arrays). Read with
/// <see cref="JsonDocument"/>, so it needs no reflection and stays trim- and AOT-safe.
/// </summary>
internal static class ModelFile
{
    public const string Format = "declutter-boosted-trees";
    public const int Version = 1;

    public static BoostedTreesModel Parse(ReadOnlySpan<byte> utf8Json, string source)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 16 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException error)
        {
            throw new ModelFormatException($"model '{source}' is not valid JSON: {error.Message}", error);
        }
        using (document)
        {
            try
            {
                return Read(document.RootElement, source);
            }
            catch (Exception error) when (error is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException)
            {
                throw new ModelFormatException($"model '{source}' is malformed: {error.Message}", error);
            }
        }
    }

    private static BoostedTreesModel Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new ModelFormatException($"model '{source}' is not a JSON object");
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            throw new ModelFormatException($"model '{source}' is not a {Format} file");
        if (Required(root, "version", source).GetInt32() != Version)
            throw new ModelFormatException($"model '{source}' has format version {root.GetProperty("version")}, this build reads {Version}");
        var name = Required(root, "name", source).GetString() ?? source;
        var features = Required(root, "features", source).EnumerateArray()
            .Select(feature => feature.GetString() ?? throw new FormatException("a feature name is null"))
            .ToList();
        var trees = Required(root, "trees", source).EnumerateArray().Select(ReadTree).ToList();
        foreach (var tree in trees)
        {
            if (tree.Problem(features.Count) is { } problem)
                throw new ModelFormatException($"model '{source}': {problem}");
        }
        return new BoostedTreesModel(name, features, Required(root, "baseScore", source).GetDouble(),
            Required(root, "threshold", source).GetDouble(), trees);
    }

    private static JsonElement Required(JsonElement root, string property, string source) =>
        root.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new ModelFormatException($"model '{source}' has no '{property}'");

    private static RegressionTree ReadTree(JsonElement tree) => new(
        [.. tree.GetProperty("feature").EnumerateArray().Select(value => value.GetInt32())],
        [.. tree.GetProperty("threshold").EnumerateArray().Select(value => value.GetSingle())],
        [.. tree.GetProperty("left").EnumerateArray().Select(value => value.GetInt32())],
        [.. tree.GetProperty("right").EnumerateArray().Select(value => value.GetInt32())],
        [.. tree.GetProperty("value").EnumerateArray().Select(value => value.GetDouble())]);

    public static void Write(BoostedTreesModel model, Stream utf8Json, JsonObject? training)
    {
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", Version);
        writer.WriteString("name", model.Name);
        writer.WriteStartArray("features");
        foreach (var feature in model.FeatureNames)
            writer.WriteStringValue(feature);
        writer.WriteEndArray();
        writer.WriteNumber("baseScore", model.BaseScore);
        writer.WriteNumber("threshold", model.Threshold);
        if (training is not null)
        {
            writer.WritePropertyName("training");
            training.WriteTo(writer);
        }
        // One tree a line: the file stays readable and a retrained model diffs tree by tree.
        writer.WriteStartArray("trees");
        foreach (var tree in model.Trees)
            writer.WriteRawValue(TreeLine(tree), skipInputValidation: true);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static byte[] TreeLine(RegressionTree tree)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteArray(writer, "feature", tree.Feature, (w, v) => w.WriteNumberValue(v));
            WriteArray(writer, "threshold", tree.Threshold, (w, v) => w.WriteNumberValue(float.IsNaN(v) ? 0 : v));
            WriteArray(writer, "left", tree.Left, (w, v) => w.WriteNumberValue(v));
            WriteArray(writer, "right", tree.Right, (w, v) => w.WriteNumberValue(v));
            WriteArray(writer, "value", tree.Value, (w, v) => w.WriteNumberValue(v));
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, T[] values, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            write(writer, value);
        writer.WriteEndArray();
    }
}
