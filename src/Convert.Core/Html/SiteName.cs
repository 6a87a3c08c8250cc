namespace Convert.Core.Html;

/// <summary>
/// Tells whether a piece of text names the site rather than the page: the declared site name, the host's name
/// ("Rust Blog" on blog.rust-lang.org, "Slashdot" on slashdot.org), or a part of the document title that follows the
/// page's own part ("Story | The Chronicle").
/// </summary>
internal sealed class SiteName
{
    private const int MaxSiteWords = 4;
    private const int MinHostLabelLength = 4;
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " • ", ": "];

    private readonly string _name;
    private readonly string _host;
    private readonly string _hostLabel;
    private readonly HashSet<string> _titleTails = new(StringComparer.Ordinal);

    public SiteName(string? siteName, string? host, IEnumerable<string?> titles)
    {
        _name = WordKey.Of(siteName);
        _host = Compact(host ?? "");
        var labels = (host ?? "").Split('.');
        _hostLabel = labels.Length >= 2 ? Compact(labels[^2]) : "";
        foreach (var title in titles.OfType<string>())
        {
            var parts = title.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var tail in parts.Skip(1))
            {
                if (WordKey.Of(tail) is { Length: > 0 } key && key != WordKey.Of(parts[0]))
                    _titleTails.Add(key);
            }
        }
    }

    /// <summary>The text is the site's name, its host's name, or a trailing part of a title.</summary>
    public bool Matches(string text) =>
        NamesSite(text) || (WordKey.Count(text) <= MaxSiteWords && _titleTails.Contains(WordKey.Of(text)));

    /// <summary>The text is the site's declared name or its host's name.</summary>
    public bool NamesSite(string text)
    {
        var key = WordKey.Of(text);
        if (key.Length == 0)
            return true;
        if (key == _name)
            return true;
        var compact = key.Replace(" ", "", StringComparison.Ordinal);
        var words = WordKey.Count(text);
        if (_host.Length > 0 && _host.Contains(compact, StringComparison.Ordinal) && compact.Length >= MinHostLabelLength)
            return true;
        if (_hostLabel.Length >= MinHostLabelLength && words <= MaxSiteWords - 1 && compact.Contains(_hostLabel, StringComparison.Ordinal))
            return true;
        return false;
    }

    private static string Compact(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
