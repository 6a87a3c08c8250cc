namespace Convert.Core.Html;

/// <summary>
/// Makes link targets absolute against the page's address, kept percent-escaped (Uri.ToString would unescape spaces
/// and brackets, which is not a URL any more); drops script, in-page and unusable links.
/// </summary>
internal sealed class LinkResolver(string? baseUrl)
{
    private readonly Uri? _base = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public string? Resolve(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        var trimmed = href.Trim();
        if (trimmed.StartsWith('#') || trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return null;
        // "/path" is an absolute file URI to Uri on Unix; only a scheme makes a link absolute here.
        if (HasScheme(trimmed) && Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
            return absolute.Scheme is "http" or "https" or "mailto" ? absolute.AbsoluteUri : null;
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
            return Uri.TryCreate((_base?.Scheme ?? "https") + ":" + trimmed, UriKind.Absolute, out var schemeRelative) ? schemeRelative.AbsoluteUri : null;
        if (HasScheme(trimmed))
            return null;
        return _base is not null && Uri.TryCreate(_base, trimmed, out var resolved) ? resolved.AbsoluteUri : null;
    }

    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && href.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0;
    }
}
