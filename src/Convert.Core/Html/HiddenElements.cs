namespace Convert.Core.Html;

/// <summary>What is left out of the page before extraction: non-content elements and elements a reader never sees.</summary>
internal static class HiddenElements
{
    /// <summary>Elements whose content is never article text.</summary>
    private static readonly HashSet<string> DroppedTags =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "source", "track", "map", "input", "select", "option", "textarea", "button", "link", "meta", "dialog", "math",
        "base", "frame", "frameset", "applet", "datalist", "output", "progress", "meter",
    ];

    // Class names that mean "only for screen readers" or "not shown": share labels such as
    // "Share on X (opens in new window)" live there.
    private static readonly string[] HiddenClassTokens =
        ["hidden", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader-only", "hide"];

    public static bool IsDroppedTag(string tag) => DroppedTags.Contains(tag);

    public static bool IsHidden(IReadOnlyDictionary<string, string>? attributes)
    {
        if (attributes is null)
            return false;
        if (attributes.ContainsKey("hidden"))
            return true;
        if (attributes.TryGetValue("aria-hidden", out var ariaHidden) && ariaHidden.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
            && !(attributes.TryGetValue("class", out var imageClass) && imageClass.Contains("fallback-image", StringComparison.Ordinal)))
            return true;
        if (attributes.TryGetValue("style", out var style) && HidesByStyle(style))
            return true;
        return attributes.TryGetValue("class", out var classes) && HasHiddenClass(classes);
    }

    private static bool HidesByStyle(string style)
    {
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool HasHiddenClass(string classes)
    {
        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HiddenClassTokens.Contains(token, StringComparer.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
