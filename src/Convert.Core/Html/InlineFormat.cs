namespace Convert.Core.Html;

/// <summary>The formatting in force at a point of inline content.</summary>
internal readonly record struct InlineFormat(bool Bold, bool Italic, string? Link, string? Language)
{
    public static InlineFormat Of(PageNode element, InlineFormat outer, LinkResolver links)
    {
        var format = element.Tag switch
        {
            "b" or "strong" => outer with { Bold = true },
            "i" or "em" or "cite" or "dfn" => outer with { Italic = true },
            "a" when links.Resolve(element.Attribute("href")) is { } url => outer with { Link = url },
            _ => outer,
        };
        return element.Attribute("lang") is { Length: > 0 } lang ? format with { Language = lang.Trim() } : format;
    }
}
