using DocumentFormat.OpenXml.Packaging;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// Turns link URLs into external hyperlink relationships of the main document part, one relationship per
/// distinct target, with ids numbered in order of first use so the same article always gives the same ids. Tracking
/// parameters (utm_*, click ids) are taken off first: links that differ only in them are one target.
/// </summary>
internal sealed class DocxHyperlinks(MainDocumentPart part, Uri? baseUri)
{
    private readonly Dictionary<string, string> _idsByTarget = new(StringComparer.Ordinal);

    /// <summary>
    /// The relationship id and absolute target for a link, or null when the URL cannot work from a printed
    /// document's point of view (a fragment, a script, or a relative path with no source URL to resolve it against).
    /// </summary>
    public DocxLinkTarget? TargetFor(string url)
    {
        var trimmed = PrintedUrl.WithoutTracking(url.Trim());
        var absolute = IsWebAbsolute(trimmed, out var parsed) ? parsed : null;
        var target = Resolve(trimmed, absolute);
        if (target is null)
        {
            return null;
        }

        var key = target.AbsoluteUri;
        if (!_idsByTarget.TryGetValue(key, out var id))
        {
            id = $"rIdLink{_idsByTarget.Count + 1}";
            part.AddHyperlinkRelationship(target, isExternal: true, id);
            _idsByTarget.Add(key, id);
        }

        // Printed as the page wrote it when it was already absolute (readable non-ASCII), else resolved.
        return new DocxLinkTarget(id, absolute is not null ? trimmed : key);
    }

    private Uri? Resolve(string trimmed, Uri? absolute)
    {
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        var target = absolute
            ?? (baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var resolved) ? resolved : null);
        return target?.Scheme is "http" or "https" or "mailto" or "ftp" ? target : null;
    }

    // On Unix "/path" parses as an absolute file URI; a scraped link like that is relative to the page.
    private static bool IsWebAbsolute(string url, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri)
        && !(uri.IsFile && !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A hyperlink's relationship id and the absolute URL it points at, as printed for the reader.</summary>
internal sealed record DocxLinkTarget(string RelationshipId, string Url);
