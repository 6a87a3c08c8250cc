namespace Convert.Cli.Reporting;

/// <summary>
/// For <c>declutter rules ID</c>: an example of what each validation rule finds, as a file and the lines of it that
/// matter, and what to do about it. The examples of the text rules are checked by the tests against the real validator.
/// </summary>
internal static class ValidationRuleExamples
{
    /// <param name="File">The example file's name (its extension picks the checks).</param>
    /// <param name="Content">The example's content, or a description when the file is binary.</param>
    /// <param name="Fix">What to do about such a finding.</param>
    internal sealed record Example(string File, string Content, string Fix);

    public static Example? For(string ruleId) => ruleId switch
    {
        "unreadable" => new("empty.txt", "(an empty file, or bytes that are not text)", "Scrape the page again; an empty or binary file has no article."),
        "mojibake" => new("article.txt", "Itâ€™s the harbourâ€™s first summer.", "Read the page with its real charset; the scraper decoded UTF-8 as windows-1252."),
        "no-body" => new("article.json", """{ "schemaVersion": 1, "title": "Harbour", "body": [], ... }""", "The cleaning took everything, or the scrape missed the article: check the input and the cleaning rules that fired."),
        "short-body" => new("article.txt", "Harbour reopens\n\nThe harbour reopened today.\n", "The scrape probably missed the article; lower --min-words for briefs."),
        "clutter-removed" => new("article.txt", "...the levy will now pay for its upkeep.\n\nShare this:\n", "Nothing: this is the cleaning doing its job. Turn it off with \"rules\": {\"clutter-removed\": \"off\"}."),
        "possible-clutter" => new("article.txt", "...first paragraph.\n\nPrint\n\n...next paragraph.", "Remove the line from the source, or add a cleaning rule for it in declutter.json."),
        "leftover-clutter" => new("article.json", "\"body\": [ ..., { \"type\": \"paragraph\", \"text\": \"Share.\" } ]", "Convert the source again with the current rules, or add the phrase to a cleaning rule."),
        "comments-in-body" => new("article.json", "\"body\": [ ..., { \"type\": \"paragraph\", \"text\": \"Tom Roe says: March 3, 2025 at 11:40 am\" }, { \"type\": \"paragraph\", \"text\": \"Great write-up!\" } ]", "Convert the source again with the current rules; if the thread still stays, its first line is not a known comment header: add a cleaning rule with \"opensThread\": true for it."),
        "bios-without-author" => new("article.txt", "...\n\nAbout the author\n\nWrites about harbours and boats.\n", "Give the bio a name line, or check the byline; the author section has no one to attribute."),
        "truncated" => new("article.txt", "...and the levy will now pay for its upkeep\n", "Scrape the full article: the last paragraph ends without closing punctuation, with \"...\" or \"Read more\"."),
        "conversion-warning" => new("article.txt", "(a file in windows-1252 rather than UTF-8)", "Read the warning: it names what the conversion had to guess."),
        "schema" => new("article.json", """{ "schemaVersion": 1, "title": 42, ... }""", "Write the JSON with declutter convert, or fix the field the message names (declutter schema prints the schema)."),
        "duplicate-paragraph" => new("article.txt", "The harbour opened in June after three summers of work.\n\n...\n\nThe harbour opened in June after three summers of work.\n", "Remove the repeated paragraph (often a pull quote scraped as body)."),
        "missing-title" => new("article.json", """{ "schemaVersion": 1, "title": null, ... }""", "Convert with --title TEXT, or fix the source's headline."),
        "docx-validator" => new("article.docx", "(a document with an element the WordprocessingML schema does not allow)", "Regenerate the document with declutter convert; a hand-edited or third-party file may need Word's repair."),
        "docx-body-style" => new("article.docx", "(a body paragraph in style Normal, or in a style the document does not define)", "Use a reference document that defines the body styles (declutter reference-doc)."),
        "docx-authors-section" => new("article.docx", "(article.json beside it has an author with a bio, but the document has no About the author section)", "Convert the .docx again from the same source as the JSON."),
        "docx-core-properties" => new("article.docx", "(File > Properties shows no title, or no author while the document names one)", "Convert the document again; declutter sets the title and creator."),
        "control-character" => new("article.txt", "The harbour opened in June.\u001b[2J (an escape sequence copied from a terminal)", "Remove the control characters from the source; declutter convert drops them from its outputs."),
        "not-an-article" => new("page.html", "(a shop's product page: Product JSON-LD, a price, an \"Add to cart\" link; the classifier reads it as product with probability 0.93)", "Check that the crawl fetched the article and not a product, forum, listing or service page; --ignore not-an-article when such pages are expected."),
        _ => null,
    };
}
