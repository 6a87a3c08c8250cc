using System.Globalization;
using System.Text.Json;

namespace Convert.Core.Validation;

/// <summary>
/// Finds mojibake in a JSON document's string values, escaped or not ("\u00e2\u20ac\u2122" is as wrong as "â€™"),
/// with the value's JSON path and line, and the column when the sequence is written out on that line.
/// </summary>
internal static class JsonMojibake
{
    private const int MaxReported = 20;

    public static void Report(string json, JsonLineMap lines, FindingCollector findings)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var rawLines = json.Split('\n');
        var reported = 0;
        Visit(document.RootElement, "$");

        void Visit(JsonElement element, string path)
        {
            if (reported > MaxReported)
                return;
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                        Visit(property.Value, path + JsonLineMap.Member(property.Name));
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                        Visit(item, path + "[" + (index++).ToString(CultureInfo.InvariantCulture) + "]");
                    break;
                case JsonValueKind.String when Mojibake.FindFirst(element.GetString()!) is { } hit:
                    if (++reported > MaxReported)
                    {
                        findings.Add(ValidationRules.Mojibake, $"More values have wrongly decoded text; only the first {MaxReported} are listed.");
                        return;
                    }
                    var line = lines.LineOf(path);
                    var at = line is { } n && n <= rawLines.Length ? rawLines[n - 1].IndexOf(hit.Sequence, StringComparison.Ordinal) : -1;
                    findings.Add(ValidationRules.Mojibake, $"Wrongly decoded text {Mojibake.Describe(hit.Sequence)}.", line, at >= 0 ? at + 1 : null, path);
                    break;
            }
        }
    }
}
