namespace Convert.Core.Html;

/// <summary>The ways a page marks an element as not shown; a set of them can be suspended for one page.</summary>
[Flags]
internal enum HidingRules
{
    None = 0,

    /// <summary>The <c>hidden</c> attribute (also used by streamed server rendering for content a script moves in).</summary>
    HiddenAttribute = 1,

    /// <summary><c>aria-hidden="true"</c> (also set on a whole page wrapper while a modal is open).</summary>
    AriaHidden = 2,

    /// <summary>An inline <c>display:none</c> or <c>visibility:hidden</c> (also on a body a script reveals).</summary>
    Style = 4,

    /// <summary>A class such as <c>hidden</c> or <c>sr-only</c> (also on wrappers a script un-hides once loaded).</summary>
    HiddenClass = 8,

    /// <summary>
    /// <c>&lt;noscript&gt;</c>: dropped, since a browser runs scripts; but some sites (forum software among them) put
    /// the whole readable page there and build the shown page from script data.
    /// </summary>
    NoScript = 16,

    /// <summary>
    /// Form controls and dialogs (<c>button</c>, <c>select</c>, <c>textarea</c>, <c>dialog</c>...): dropped as
    /// chrome, but a control left open by a markup slip can swallow the rest of the page.
    /// </summary>
    Controls = 32,

    /// <summary>
    /// Embedded and inert content (<c>svg</c>, <c>template</c>, <c>iframe</c>, <c>video</c>...): its text is not
    /// the page's, but an SVG shape left unclosed in a parser's eyes can take the rest of the page in with it.
    /// </summary>
    Embedded = 64,
}
