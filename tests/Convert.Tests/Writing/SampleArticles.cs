using Convert.Core.Model;

namespace Convert.Tests.Writing;

/// <summary>Hand-built articles shared by the writer tests (no reader or splitter involved).</summary>
internal static class SampleArticles
{
    public static Article Empty { get; } = new();

    /// <summary>One plain paragraph, a title, a source path.</summary>
    public static Article Minimal { get; } = new()
    {
        Title = "Rain Gardens",
        Body = [new Paragraph("Water finds its way.", new SourceSpan(3, 3))],
        Metadata = new ArticleMetadata { SourcePath = "in/rain.txt" },
    };

    /// <summary>Every block type, formatting, a subtitle, a line break, a run in another language, two authors (one with a bio), removals, warnings, non-ASCII text.</summary>
    public static Article Full { get; } = new()
    {
        Title = "The “Quiet” Street — A Study",
        Subtitle = "How a city learned to hear itself again",
        Metadata = new ArticleMetadata
        {
            SourcePath = "pages/street.txt",
            SourceUrl = "https://news.example.org/quiet-street",
            SiteName = "Example News",
            Language = "en",
            Published = "2024-05-06",
            Byline = "By Ana Ruiz and Tom Bell",
            RepublishedFrom = "https://journal.example.com/street",
            RepublishedNote = "This article was published in another form at https://journal.example.com/street",
            Tags = ["cities", "noise"],
        },
        Body =
        [
            new Paragraph(
                [Run.Plain("Streets are "), new Run("loud", Bold: true), Run.Plain(", said "),
                 new Run("the survey", LinkUrl: "https://survey.example.org/q"), Run.Plain(".")],
                new SourceSpan(3, 4)),
            new Heading(1, "What we measured", new SourceSpan(6, 6)),
            new ListBlock(false, [new ListItem("Traffic"), new ListItem([new Run("Birds", Italic: true)])], new SourceSpan(8, 9)),
            new ListBlock(true, [new ListItem("Morning"), new ListItem("Night")], new SourceSpan(11, 12)),
            new Quote("Silence is rare.", new SourceSpan(14, 14, "body/blockquote[1]")),
            new Paragraph("Closing words.", SourceSpan.None),
            new Paragraph([Run.Plain("A sign read\n"), new Run("Rue calme", Language: "fr-FR"), Run.Plain(" in two lines.")], new SourceSpan(16, 17)),
        ],
        Authors =
        [
            new Author("Ana Ruiz", "Dr", "Senior Fellow", ["Ana studies sound.", "She lives in Quito."],
                [new AuthorLink("x", "@anaruiz", "https://x.com/anaruiz"), new AuthorLink("email", "ana@example.org", "mailto:ana@example.org")]),
            new Author("Tom Bell"),
        ],
        Removals = [new Removal("share-button", "share", "Share.", new SourceSpan(20, 20))],
        Warnings = [new Warning(WarningCodes.KeptInBody, "author block after line 30 could not be parsed", new SourceSpan(30, 31))],
    };
}
