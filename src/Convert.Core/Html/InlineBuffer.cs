using System.Text;
using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>
/// Collects the inline text of one block as runs: whitespace collapsed as a browser would, a line break kept as
/// "\n", neighbouring runs with the same formatting joined.
/// </summary>
internal sealed class InlineBuffer
{
    // Above this many characters a cleared builder is dropped rather than kept: clearing one that grew in chunks
    // allocates a single array of its whole capacity (16 MB more for an 8 MB paragraph).
    private const int KeptCapacity = 64 * 1024;

    private readonly List<Run> _runs = [];
    private StringBuilder _text = new();
    private InlineFormat _format;
    private bool _pendingSpace;

    public bool IsEmpty => _runs.Count == 0 && _text.Length == 0;

    /// <summary>True when the last thing added was a line break (two in a row end a paragraph).</summary>
    public bool EndsWithBreak => _text.Length > 0 ? _text[^1] == '\n' : _runs.Count > 0 && _runs[^1].Text.EndsWith('\n');

    public void Append(string text, InlineFormat format)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                _pendingSpace = c != '\u200B' || _pendingSpace;
                continue;
            }
            if (format != _format && _text.Length > 0)
            {
                // The space between two differently formatted runs goes to the plain one: neither "PORT EMBERLY "
                // in bold nor " Dara Quill" in italics.
                if (_pendingSpace && (_format.IsPlain || !format.IsPlain))
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }
                FlushRun();
            }
            _format = format;
            if (_pendingSpace && !IsAtLineStart())
                _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
        }
    }

    public void LineBreak()
    {
        if (IsEmpty)
            return;
        TrimTrailingSpace();
        _text.Append('\n');
        _pendingSpace = false;
    }

    /// <summary>The runs collected so far, trimmed; the buffer is empty afterwards.</summary>
    public List<Run> Take()
    {
        FlushRun();
        _pendingSpace = false;
        _format = default;
        var runs = Trim(_runs);
        _runs.Clear();
        return runs;
    }

    private bool IsAtLineStart() =>
        _text.Length > 0 ? _text[^1] == '\n' : _runs.Count == 0 || _runs[^1].Text.EndsWith('\n');

    private void TrimTrailingSpace()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
            _text.Length--;
    }

    private void FlushRun()
    {
        if (_text.Length == 0)
            return;
        var text = _text.ToString();
        if (_text.Capacity > KeptCapacity)
            _text = new StringBuilder();
        else
            _text.Clear();
        var run = _format.ToRun(text);
        if (_runs.Count > 0 && _runs[^1] is var last && last == run with { Text = last.Text })
            _runs[^1] = last with { Text = last.Text + text };
        else
            _runs.Add(run);
    }

    private static List<Run> Trim(List<Run> runs)
    {
        var result = new List<Run>(runs);
        while (result.Count > 0 && result[0].Text.TrimStart(' ', '\n') is var start && start.Length == 0)
            result.RemoveAt(0);
        while (result.Count > 0 && result[^1].Text.TrimEnd(' ', '\n') is var end && end.Length == 0)
            result.RemoveAt(result.Count - 1);
        if (result.Count == 0)
            return result;
        result[0] = result[0] with { Text = result[0].Text.TrimStart(' ', '\n') };
        result[^1] = result[^1] with { Text = result[^1].Text.TrimEnd(' ', '\n') };
        return result;
    }
}
