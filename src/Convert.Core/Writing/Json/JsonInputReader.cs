using System.Text;
using Convert.Core.Reading;

namespace Convert.Core.Writing.Json;

/// <summary>The tool's own JSON output read back (as pandoc's <c>-f json</c>), so a saved conversion can be written again in another format.</summary>
internal sealed class JsonInputReader : IInputReader
{
    private const int SniffWindow = 4096;

    public InputFormat Format => InputFormat.Json;
    public string Name => "json";
    public string Description => "this tool's JSON output, written again as it is";
    public IReadOnlyList<string> Extensions { get; } = [".json"];
    public bool ReadInFolderWalks => false;

    /// <summary>An object whose first bytes hold the format's version field.</summary>
    public bool Sniff(ReadOnlySpan<byte> start)
    {
        var head = start[..Math.Min(start.Length, SniffWindow)];
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') && text.Contains("\"schemaVersion\"", StringComparison.Ordinal);
    }

    public ReaderOutput Read(ReadOnlySpan<byte> input, ReaderContext context) =>
        Read(InputDecoder.Decode(input, declared: null, context.Encoding).Text, context);

    public ReaderOutput Read(string text, ReaderContext context)
    {
        try
        {
            return new FinishedArticle(JsonArticleReader.Read(text, context.InputFolder));
        }
        catch (JsonArticleFormatException e)
        {
            throw new InputFormatException($"not an article in this tool's JSON format at {e.JsonPath}: {e.Problem}");
        }
    }
}
