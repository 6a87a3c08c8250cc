
namespace Convert.Core.Model;

/// <summary>Words for where things are in an input, for warnings: "line 7", "lines 4-9", or an element path.</summary>
public static class SourcePlaces
{
    private const int Listed = 5;

    /// <summary>"line 7", "lines 4-9", "main/article/p[3]" or "line 12 (main/article/p[3])".</summary>
    public static string Describe(SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var lines = span.StartLine <= 0 ? null
            : span.StartLine == span.EndLine ? $"line {span.StartLine}"
            : $"lines {span.StartLine}-{span.EndLine}";
        return (lines, span.ElementPath) switch
        {
            (null, null) => "an unknown place",
            (null, var path) => path,
            (var l, null) => l,
            var (l, path) => $"{l} ({path})",
        };
    }

    /// <summary>A short list: "lines 4, 6-7" for text, element paths for HTML; at most five places, then a count.</summary>
    public static string List(IReadOnlyList<SourceSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var more = spans.Count > Listed ? $" and {spans.Count - Listed} more blocks" : "";
        var shown = spans.Take(Listed).ToList();
        if (shown.All(s => s.ElementPath is null && s.StartLine > 0))
        {
            var noun = shown is [var only] && only.StartLine == only.EndLine ? "line" : "lines";
            return $"{noun} {string.Join(", ", shown.Select(s => s.StartLine == s.EndLine ? $"{s.StartLine}" : $"{s.StartLine}-{s.EndLine}"))}{more}";
        }
        return string.Join(", ", shown.Select(Describe)) + more;
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Spanning(SourceSpan first, SourceSpan last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        return first == last ? first : new SourceSpan(first.StartLine, last.EndLine, first.ElementPath == last.ElementPath ? first.ElementPath : null);
    }
}
