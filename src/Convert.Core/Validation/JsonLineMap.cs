using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Convert.Core.Validation;

/// <summary>
/// The line of each value in a JSON document, by JSON path ("$.body[2].text"), so findings about a value can point
/// at a line as editors and code scanning expect. Also turns the schema validator's JSON Pointers into JSON paths.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>Maps the values of <paramref name="utf8Json"/>; the JSON must be well formed.</summary>
    /// <exception cref="JsonException">The JSON is not well formed.</exception>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8Json)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<object>();
        var line = 1;
        var counted = 0;
        string? pendingName = null;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += utf8Json[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    Advance(path);
                    continue;
            }

            if (pendingName is not null)
            {
                path.Add(pendingName);
                pendingName = null;
            }
            map._lines.TryAdd(ToPath(path), line);
            if (reader.TokenType is JsonTokenType.StartObject)
                path.Add(Container.Object);
            else if (reader.TokenType is JsonTokenType.StartArray)
                path.Add(0);
            else
                Advance(path);
        }
        return map;
    }

    /// <summary>The line of the value at <paramref name="jsonPath"/>, or of its nearest mapped parent.</summary>
    public int? LineOf(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        for (var path = jsonPath; path.Length > 0; path = Parent(path))
        {
            if (_lines.TryGetValue(path, out var line))
                return line;
        }
        return null;
    }

    /// <summary>"/body/2/text" → "$.body[2].text"; "" → "$".</summary>
    public static string PathFromPointer(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        var path = new StringBuilder("$");
        foreach (var token in jsonPointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path.Append(int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? $"[{index}]" : Member(name));
        }
        return path.ToString();
    }

    private enum Container { Object }

    // After a value inside an array, the next value has the next index; inside an object the name comes next.
    private static void Advance(List<object> path)
    {
        if (path.Count == 0)
            return;
        if (path[^1] is int index)
            path[^1] = index + 1;
        else if (path[^1] is string)
            path.RemoveAt(path.Count - 1);
    }

    private static string ToPath(List<object> path)
    {
        var text = new StringBuilder("$");
        foreach (var step in path)
        {
            if (step is int index)
                text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            else if (step is string name)
                text.Append(Member(name));
        }
        return text.ToString();
    }

    /// <summary>A property step of a JSON path: ".name", or "['odd name']".</summary>
    internal static string Member(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Length > 0 ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }
}
