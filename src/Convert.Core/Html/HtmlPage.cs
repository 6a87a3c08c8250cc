namespace Convert.Core.Html;

/// <summary>A parsed page: the body as <see cref="PageNode"/>s and the head facts metadata is read from.</summary>
internal sealed class HtmlPage
{
    public required PageNode Body { get; init; }

    /// <summary>The attributes of every &lt;meta&gt; element, in page order.</summary>
    public List<IReadOnlyDictionary<string, string>> Metas { get; } = [];

    /// <summary>The text of every JSON-LD script, in page order.</summary>
    public List<string> JsonLd { get; } = [];

    /// <summary>&lt;link&gt; elements as (rel, href), in page order.</summary>
    public List<(string Rel, string Href)> Links { get; } = [];

    public string? TitleText { get; set; }

    public string? HtmlLanguage { get; set; }

    public string? BaseHref { get; set; }

    /// <summary>Hiding rules not applied while building this page.</summary>
    public HidingRules SuspendedHiding { get; init; }

    /// <summary>The prose each applied hiding rule left out of <see cref="Body"/>.</summary>
    public HiddenProse HiddenProse { get; } = new();
}
