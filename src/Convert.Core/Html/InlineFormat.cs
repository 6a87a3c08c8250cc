using Convert.Core.Model;

namespace Convert.Core.Html;

/// <summary>The formatting in force at a point of inline content.</summary>
internal readonly record struct InlineFormat(
    bool Bold, bool Italic, string? Link, string? Language, RunPosition Position = RunPosition.Baseline, bool Code = false)
{
    /// <summary>True when the text reads as the surrounding text does: a space next to it belongs to it.</summary>
    public bool IsPlain => !Bold && !Italic && Link is null && Position == RunPosition.Baseline && !Code;

    public static InlineFormat Of(PageNode element, InlineFormat outer, LinkResolver links)
    {
        var format = element.Tag switch
        {
            "b" or "strong" => outer with { Bold = true },
            "i" or "em" or "cite" or "dfn" => outer with { Italic = true },
            "a" when links.Resolve(element.Attribute("href")) is { } url => outer with { Link = url },
            "sub" => outer with { Position = RunPosition.Subscript },
            "sup" => outer with { Position = RunPosition.Superscript },
            "code" or "kbd" or "samp" or "tt" => outer with { Code = true },
            _ => outer,
        };
        return element.Attribute("lang") is { Length: > 0 } lang ? format with { Language = lang.Trim() } : format;
    }

    public Run ToRun(string text) => new(text, Bold, Italic, Link, Language, Position, Code);
}
