using Convert.Core.Html;

namespace Convert.Tests.Html;

/// <summary>The metadata sources read beyond the head's tags: the printed headline, labelled bylines, visible dates,
/// JSON-LD references and doubly escaped values.</summary>
public class PageMetadataSourcesTests
{
    private static PageFacts Facts(string head, string body) =>
        PageMetadataReader.Read(PageBuilder.Build($"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"), ClassMarkers.BuiltIn);

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void Title_PrintedHeadlineBeatsTheSearchTitle()
    {
        var facts = Facts("<title>Best Movers 2025 | Top 19 Companies</title><meta property=\"og:title\" content=\"Best Movers 2025\">",
            "<h1>Seven Things We Learned Moving House</h1><p>Body text.</p>");

        Assert.Equal("Seven Things We Learned Moving House", facts.Title);
    }

    [Fact]
    public void Title_LogoHeadingNamingTheSite_IsSkipped()
    {
        var facts = Facts("<title>Rivers Run Dry | Riverwatch</title><link rel=\"canonical\" href=\"https://www.riverwatch.org/a\">",
            "<h1>Riverwatch</h1><h1>Rivers Run Dry</h1><p>Body text.</p>");

        Assert.Equal("Rivers Run Dry", facts.Title);
    }

    [Fact]
    public void Title_SiteNameBeforeTheStory_IsTakenOff()
    {
        var facts = Facts("<title>Riverwatch | Rivers Run Dry</title><link rel=\"canonical\" href=\"https://riverwatch.org/a\">", "<p>Body text.</p>");

        Assert.Equal("Rivers Run Dry", facts.Title);
    }

    [Fact]
    public void Title_DoublyEscapedEntities_AreDecoded()
    {
        var facts = Facts("<meta property=\"og:title\" content=\"Salt &amp;amp; Pepper &amp;#8211; a history\">", "<p>Body text.</p>");

        Assert.Equal("Salt & Pepper – a history", facts.Title);
    }

    [Fact]
    public void Author_ReferencedFromAGraph_IsResolved()
    {
        var facts = Facts(JsonLd("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"Article","headline":"H","author":{"@id":"https://example.com/#/person/1"}},
              {"@type":"Person","@id":"https://example.com/#/person/1","name":"Ana Ruiz"}]}
            """), "<p>Body text.</p>");

        Assert.Equal(["Ana Ruiz"], facts.AuthorNames);
    }

    [Fact]
    public void Author_PrintedPersonBeatsAnOrganisationInMetadata()
    {
        var facts = Facts(JsonLd("""{"@type":"Article","headline":"H","author":{"@type":"Organization","name":"Example Clinic"}}"""),
            "<h1>H</h1><p class=\"byline\">By Ana Ruiz</p><p>Body text.</p>");

        Assert.Equal("By Ana Ruiz", facts.Byline);
    }

    [Fact]
    public void Byline_LabelAndNameInSeparateElements_IsRead()
    {
        var facts = Facts("", "<h1>A headline here</h1><div><p>Written by</p><p>Ana Ruiz</p></div><p>Body text that goes on.</p>");

        Assert.Equal("Ana Ruiz", facts.Byline);
    }

    [Fact]
    public void Byline_LabelFollowedByAPhrase_IsNotAByline()
    {
        var facts = Facts("", "<h1>A headline here</h1><p>By</p><p>the way, this is the body.</p>");

        Assert.Null(facts.Byline);
    }

    [Fact]
    public void Date_PrintedUnderTheHeadline_IsRead()
    {
        var facts = Facts("", "<h1>A headline here</h1><div><span>Updated on</span> <span>October 21, 2025</span></div><p>Body text.</p>");

        Assert.Equal("2025-10-21", facts.Published);
    }

    [Fact]
    public void Date_TimeElementWithoutDatetime_IsReadFromItsText()
    {
        var facts = Facts("", "<p>Intro.</p><time>Aug 04, 2025</time><p>Body text.</p>");

        Assert.Equal("2025-08-04", facts.Published);
    }

    [Fact]
    public void Date_InsideASentence_IsNotThePublicationDate()
    {
        var facts = Facts("", "<h1>A headline here</h1><p>The river ran dry on July 2, 2025 for the first time.</p>");

        Assert.Null(facts.Published);
    }
}
