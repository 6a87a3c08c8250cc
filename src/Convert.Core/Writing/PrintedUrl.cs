namespace Convert.Core.Writing;

/// <summary>
/// A link target as it is worth printing: without the tracking parameters (utm_* and the click ids of ad and mail
/// platforms) that say nothing to a reader, and an e-mail link as its bare address.
/// </summary>
public static class PrintedUrl
{
    // Parameters that only identify a campaign or a click; they never change what the page shows.
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "mc_cid", "mc_eid",
        "_hsenc", "_hsmi", "mkt_tok", "_ga", "_gl",
    };

    /// <summary>The URL without tracking parameters; anything else (order, encoding, fragment) as it was.</summary>
    public static string WithoutTracking(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0 || !url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return url;
        var fragmentAt = url.IndexOf('#', query);
        var fragment = fragmentAt < 0 ? "" : url[fragmentAt..];
        var parameters = (fragmentAt < 0 ? url[(query + 1)..] : url[(query + 1)..fragmentAt]).Split('&');
        var kept = parameters.Where(p => p.Length > 0 && !IsTracking(p.Split('=')[0])).ToList();
        if (kept.Count == parameters.Length)
            return url;
        return url[..query] + (kept.Count > 0 ? "?" + string.Join('&', kept) : "") + fragment;
    }

    /// <summary>The text printed for a link target: "jane@example.org" for "mailto:jane@example.org?subject=Hi".</summary>
    public static string Display(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return url;
        var address = url["mailto:".Length..];
        var query = address.IndexOf('?', StringComparison.Ordinal);
        address = query < 0 ? address : address[..query];
        try
        {
            return Uri.UnescapeDataString(address);
        }
        catch (UriFormatException)
        {
            return address;
        }
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingNames.Contains(name);
}
