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

    /// <summary>Dropped elements whose dropping a page can need suspended (see <see cref="HidingRules"/>).</summary>
    private static readonly Dictionary<string, HidingRules> SuspendableTags = new(StringComparer.Ordinal)
    {
        ["noscript"] = HidingRules.NoScript,
        ["button"] = HidingRules.Controls,
        ["select"] = HidingRules.Controls,
        ["option"] = HidingRules.Controls,
        ["textarea"] = HidingRules.Controls,
        ["datalist"] = HidingRules.Controls,
        ["output"] = HidingRules.Controls,
        ["dialog"] = HidingRules.Controls,
        ["svg"] = HidingRules.Embedded,
        ["math"] = HidingRules.Embedded,
        ["template"] = HidingRules.Embedded,
        ["canvas"] = HidingRules.Embedded,
        ["iframe"] = HidingRules.Embedded,
        ["object"] = HidingRules.Embedded,
        ["embed"] = HidingRules.Embedded,
        ["video"] = HidingRules.Embedded,
        ["audio"] = HidingRules.Embedded,
        ["map"] = HidingRules.Embedded,
        ["applet"] = HidingRules.Embedded,
        ["frameset"] = HidingRules.Embedded,
        ["frame"] = HidingRules.Embedded,
        ["progress"] = HidingRules.Embedded,
        ["meter"] = HidingRules.Embedded,
    };

    public static bool IsDroppedTag(string tag) => DroppedTags.Contains(tag);

    /// <summary>The rule under which a dropped tag is dropped, or <see cref="HidingRules.None"/> when it always is.</summary>
    public static HidingRules DroppingRule(string tag) => SuspendableTags.GetValueOrDefault(tag);

    /// <summary>The rule that hides an element with these attributes, or <see cref="HidingRules.None"/>; rules in
    /// <paramref name="suspended"/> are not applied.</summary>
    public static HidingRules HiddenBy(IReadOnlyDictionary<string, string>? attributes, HidingRules suspended)
    {
        if (attributes is null)
            return HidingRules.None;
        if (Applies(HidingRules.HiddenAttribute, suspended) && attributes.ContainsKey("hidden"))
            return HidingRules.HiddenAttribute;
        if (Applies(HidingRules.AriaHidden, suspended)
            && attributes.TryGetValue("aria-hidden", out var ariaHidden) && ariaHidden.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
            && !(attributes.TryGetValue("class", out var imageClass) && imageClass.Contains("fallback-image", StringComparison.Ordinal)))
            return HidingRules.AriaHidden;
        if (Applies(HidingRules.Style, suspended) && attributes.TryGetValue("style", out var style) && HidesByStyle(style))
            return HidingRules.Style;
        if (Applies(HidingRules.HiddenClass, suspended) && attributes.TryGetValue("class", out var classes) && HasHiddenClass(classes))
            return HidingRules.HiddenClass;
        return HidingRules.None;
    }

    private static bool Applies(HidingRules rule, HidingRules suspended) => (suspended & rule) == 0;

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
