using System.Text;

namespace Convert.Core.Writing.Text;

/// <summary>
/// Collects the blocks of a text output and writes them separated by one blank line: UTF-8 without BOM,
/// LF line ends (whatever the model's text held), one final newline, nothing at all for an empty document.
/// </summary>
internal sealed class TextDocument
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<string> _blocks = [];

    /// <summary>Adds a block; blank blocks are dropped so they cannot produce doubled blank lines.</summary>
    public void Add(string? block)
    {
        if (string.IsNullOrWhiteSpace(block))
            return;
        var lines = NormalizeLineEnds(block).Split('\n').Select(l => l.TrimEnd());
        _blocks.Add(string.Join('\n', lines).Trim('\n'));
    }

    public override string ToString() => _blocks.Count == 0 ? "" : string.Join("\n\n", _blocks) + "\n";

    public void WriteTo(Stream output) => output.Write(Utf8NoBom.GetBytes(ToString()));

    public static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The text on one line: line breaks and the spaces around them become single spaces.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', NormalizeLineEnds(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
