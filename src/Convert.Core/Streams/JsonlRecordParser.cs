using System.Globalization;
using System.Text.Json;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Streams;

/// <summary>
/// Reads one JSONL line as a record: an object with an optional <c>id</c> (string or number), an optional
/// <c>url</c>, and exactly one of <c>html</c> (the page) or <c>text</c> (a scraped text). Other fields (a crawler's
/// status, timestamp, headers) are ignored, so a crawl's own records can be piped in as they are.
/// </summary>
internal static class JsonlRecordParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static StreamRecord Parse(RawLine line)
    {
        if (line.Bytes is null)
            return StreamRecord.Broken(line.Number, $"the line is longer than {JsonlInputReader.MaxLineBytes / (1024 * 1024)} MiB");
        try
        {
            using var document = JsonDocument.Parse(line.Bytes, Options);
            return FromObject(line.Number, document.RootElement);
        }
        catch (JsonException e)
        {
            var at = e.BytePositionInLine is { } position ? string.Create(CultureInfo.InvariantCulture, $" at byte {position + 1}") : "";
            return StreamRecord.Broken(line.Number, $"not valid JSON{at}");
        }
        catch (ArgumentException)
        {
            return StreamRecord.Broken(line.Number, "not valid UTF-8 JSON");
        }
    }

    private static StreamRecord FromObject(long number, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return StreamRecord.Broken(number, $"a record must be a JSON object, not {Describe(root.ValueKind)}");
        string? id = null, url = null, html = null, text = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id" when value.ValueKind == JsonValueKind.String:
                    id = value.GetString();
                    break;
                case "id" when value.ValueKind == JsonValueKind.Number:
                    id = value.GetRawText();
                    break;
                case "id" when value.ValueKind != JsonValueKind.Null:
                    return StreamRecord.Broken(number, $"\"id\" must be a string or a number, not {Describe(value.ValueKind)}");
                case "url" or "html" or "text" when value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null):
                    return StreamRecord.Broken(number, $"\"{property.Name}\" must be a string, not {Describe(value.ValueKind)}");
                case "url":
                    url = value.GetString();
                    break;
                case "html":
                    html = value.GetString();
                    break;
                case "text":
                    text = value.GetString();
                    break;
            }
        }
        var key = new RecordKey(id, url);
        return (html, text) switch
        {
            ({ }, { }) => StreamRecord.Broken(number, "a record has both \"html\" and \"text\"; give one"),
            ({ } page, null) => StreamRecord.Page(number, key, page, InputFormat.Html),
            (null, { } scraped) => StreamRecord.Page(number, key, scraped, InputFormat.Text),
            _ => StreamRecord.Broken(number, "a record needs an \"html\" or a \"text\" field"),
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
