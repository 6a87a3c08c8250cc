namespace Convert.Core;

/// <summary>What kind of input a conversion reads.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content: markup that looks like an HTML page is read as HTML, anything else as text.</summary>
    Auto,

    /// <summary>The plain text a scraper captured.</summary>
    Text,

    /// <summary>The raw HTML of the page.</summary>
    Html,
}
