namespace Convert.Core.Html;

/// <summary>
/// Every number the main-content heuristics use, each with why it has that value and where it comes from.
/// "Readability" is Mozilla Readability (Readability.js, Apache-2.0; see NOTICE), whose scoring this code follows;
/// "this project" means the value was chosen here, on the Readability test pages and the project's own fixtures.
/// Lengths are in characters with runs of whitespace counted once; link density is link text over all text.
/// The class and id names the heuristics look for are data: <c>Cleaning/HtmlMarkers.json</c>.
/// </summary>
internal static class HtmlHeuristics
{
    /// <summary>How paragraphs give points to the elements around them (<see cref="ContentScorer"/>).</summary>
    public static class Scoring
    {
        /// <summary>Readability: a paragraph under 25 characters is too short to say where the article is, so it scores nothing.</summary>
        public const int MinParagraphLength = 25;

        /// <summary>Readability: a paragraph's points go to its parent and four more ancestors (five levels).</summary>
        public const int AncestorLevels = 5;

        /// <summary>Readability: every scored paragraph is worth one point before its commas and length count.</summary>
        public const double ParagraphBasePoints = 1.0;

        /// <summary>
        /// Readability: one more point for every comma (prose has commas, menus do not). Readability counts the
        /// comma-separated pieces, one more than the commas; here the commas alone count.
        /// </summary>
        public const double PointsPerComma = 1.0;

        /// <summary>Readability: one point for every 100 characters of a paragraph...</summary>
        public const int CharactersPerLengthPoint = 100;

        /// <summary>Readability: ...up to 3, so one very long paragraph does not outweigh several ordinary ones.</summary>
        public const int MaxLengthPoints = 3;

        /// <summary>Readability: the parent gets a paragraph's points in full.</summary>
        public const double ParentDivider = 1.0;

        /// <summary>Readability: the grandparent gets half.</summary>
        public const double GrandparentDivider = 2.0;

        /// <summary>Readability: an ancestor further up gets the points divided by three times its level.</summary>
        public const double FurtherAncestorDividerPerLevel = 3.0;

        /// <summary>Readability: a &lt;div&gt; starts with 5 points; it is the usual article wrapper.</summary>
        public const int DivStart = 5;

        /// <summary>This project: &lt;article&gt; and &lt;main&gt; start with 10, twice a div: the page says what they hold.</summary>
        public const int ArticleOrMainStart = 10;

        /// <summary>Readability: &lt;pre&gt;, &lt;td&gt; and &lt;blockquote&gt; start with 3: they can hold article text.</summary>
        public const int TextBlockStart = 3;

        /// <summary>Readability: lists, forms, addresses and definition lists start at -3: they rarely hold the article.</summary>
        public const int ListOrFormStart = -3;

        /// <summary>Readability: headings and table headers start at -5: they label content, they do not hold it.</summary>
        public const int HeadingStart = -5;

        /// <summary>Readability: a content name (class or id: "article", "entry-content") adds 25, a chrome name takes 25 off.</summary>
        public const int ClassNameWeight = 25;

        /// <summary>
        /// This project: schema.org's <c>itemprop="articleBody"</c> adds 50, two content names' worth: the page states
        /// outright that this is the article.
        /// </summary>
        public const int ArticleBodyItempropWeight = 50;
    }

    /// <summary>When a hiding rule is suspended for a page because it hid nearly everything (<see cref="VisiblePage"/>).</summary>
    public static class Hiding
    {
        /// <summary>
        /// This project: a rule is suspended when the prose it hid is 90% or more of the page's prose with the rule
        /// suspended. Hidden menus are links and do not count; a hidden dialog or tab beside a shown article is well
        /// under this share, a page whose article waits for a script to show it is above it.
        /// </summary>
        public const double NearlyAllShare = 0.9;

        /// <summary>This project: under 25 characters of hidden prose (a short paragraph, as in Readability) is not an article worth showing.</summary>
        public const int MinSuspendedProse = 25;
    }

    /// <summary>How the best candidate is chosen and widened (<see cref="MainContentFinder"/>).</summary>
    public static class Selection
    {
        /// <summary>
        /// Readability: content under 500 characters means the chrome markers probably hit the article; score again
        /// with everything put back.
        /// </summary>
        public const int EnoughText = 500;

        /// <summary>Readability: the five best candidates are compared when deciding whether the article is split into parts.</summary>
        public const int TopCandidates = 5;

        /// <summary>Readability: a candidate scoring at least three quarters of the best one is a near-equal part of the article.</summary>
        public const double NearEqualScoreRatio = 0.75;

        /// <summary>Readability: three near-equal candidates under one element make that element the article.</summary>
        public const int MinNearEqualCandidates = 3;

        /// <summary>
        /// Readability: climbing from the best candidate, an ancestor scoring under a third of the last score ends
        /// the climb; one scoring more is taken instead.
        /// </summary>
        public const double ClimbScoreDivisor = 3.0;
    }

    /// <summary>Which siblings of the chosen element are more of the article (<see cref="MainContentFinder"/>).</summary>
    public static class Siblings
    {
        /// <summary>Readability: a sibling joins when it scores at least a fifth of the chosen element...</summary>
        public const double ScoreShare = 0.2;

        /// <summary>Readability: ...and never less than 10 points.</summary>
        public const double MinScore = 10;

        /// <summary>Readability: a sibling with the chosen element's class gets a fifth of its score as a bonus.</summary>
        public const double SameClassBonusShare = 0.2;

        /// <summary>Readability: an unscored paragraph over 80 characters joins when under a quarter of it is links...</summary>
        public const int LongParagraphLength = 80;

        /// <summary>Readability: ...the quarter.</summary>
        public const double LongParagraphMaxLinkDensity = 0.25;

        /// <summary>
        /// This project: an unscored block of over 1,000 characters, under a fifth links, with at least 10 commas, is
        /// prose nested too deep for the scores to reach its wrapper (a section split off by a figure or an aside).
        /// </summary>
        public const int ProseBlockMinLength = 1000;

        /// <summary>This project: the link share a prose block may have (see <see cref="ProseBlockMinLength"/>).</summary>
        public const double ProseBlockMaxLinkDensity = 0.2;

        /// <summary>This project: the commas a prose block needs (see <see cref="ProseBlockMinLength"/>).</summary>
        public const int ProseBlockMinCommas = 10;
    }

    /// <summary>What is pruned inside the chosen content (<see cref="ContentPruner"/>).</summary>
    public static class Pruning
    {
        /// <summary>This project: a section label ("kicker") is a few words; a longer element with that name is content.</summary>
        public const int MaxKickerLength = 60;

        /// <summary>This project: a form under 500 characters is a search or sign-up box, not a page of prose in a form.</summary>
        public const int MaxFormLength = 500;

        /// <summary>This project: a longer form is still pruned when over 30% of it is links.</summary>
        public const double FormMaxLinkDensity = 0.3;

        /// <summary>
        /// This project: a widget name on an element over 1,500 characters is more likely the article's wrapper
        /// ("post-share-wrapper" around the text) than a widget, so it is kept.
        /// </summary>
        public const int MaxWidgetLength = 1500;

        /// <summary>
        /// This project: a paragraph or quote over 80 characters, under a fifth links, is body text even with a widget
        /// name on it ("entry-content print-friendly").
        /// </summary>
        public const int BodyTextMinLength = 80;

        /// <summary>This project: the link share such a paragraph may have (see <see cref="BodyTextMinLength"/>).</summary>
        public const double BodyTextMaxLinkDensity = 0.2;

        /// <summary>Readability: a block with 10 commas or more is prose and never cleaned as chrome.</summary>
        public const int ProseCommas = 10;

        /// <summary>
        /// Readability: more than one image with fewer than half as many paragraphs is a gallery. This project adds:
        /// only under 200 characters of text.
        /// </summary>
        public const int GalleryMaxLength = 200;

        /// <summary>Readability: the paragraphs per image a block needs not to be a gallery.</summary>
        public const double GalleryParagraphsPerImage = 0.5;

        /// <summary>
        /// This project: a block (not itself a list) with more than 10 list items beyond its paragraphs and over 30%
        /// links is a link list. Readability prunes any block with more items than paragraphs, which cut tables of
        /// contents and step lists out of articles.
        /// </summary>
        public const int LinkListExtraItems = 10;

        /// <summary>Readability: a block with more than one input per three paragraphs is a form.</summary>
        public const double ParagraphsPerInput = 3.0;

        /// <summary>Readability: a block under 25 characters, with no image or heading, is a leftover (a lone "Share" link).</summary>
        public const int ShortBlockLength = 25;

        /// <summary>
        /// This project: a block without a content name, under 1,000 characters and over 30% links, is a link list
        /// (Readability: over 20%, any length). Lists of sources and changelogs inside articles stay.
        /// </summary>
        public const double LinkListMaxLinkDensity = 0.3;

        /// <summary>This project: the length under which <see cref="LinkListMaxLinkDensity"/> applies.</summary>
        public const int LinkListMaxLength = 1000;

        /// <summary>
        /// This project: a block with a content name is a link list only when over 60% of it is links
        /// (Readability: 50%).
        /// </summary>
        public const double ContentBlockMaxLinkDensity = 0.6;
    }

    /// <summary>Which elements are author boxes (<see cref="AuthorBoxFinder"/>).</summary>
    public static class AuthorBoxes
    {
        /// <summary>This project: an author box holds at least a name and a few words.</summary>
        public const int MinLength = 20;

        /// <summary>This project: an element over 4,000 characters with an author-box name is a page column, not a bio.</summary>
        public const int MaxLength = 4000;

        /// <summary>This project: a box under 60 characters is a byline ("author-info": "Jane Doe"), not a bio.</summary>
        public const int MinBioLength = 60;

        /// <summary>This project: a box that is half links or more is a list of profiles, not a bio.</summary>
        public const double MaxLinkDensity = 0.5;
    }

    /// <summary>What makes a standfirst (dek) the subtitle (<see cref="Standfirst"/>).</summary>
    public static class Standfirsts
    {
        /// <summary>This project: a standfirst is one or two sentences; a first paragraph over 60 words is the article's.</summary>
        public const int MaxWords = 60;

        /// <summary>This project: a standfirst is under 30% links; more is a list of related stories.</summary>
        public const double MaxLinkDensity = 0.3;

        /// <summary>This project: a title's wrapper over 1,500 characters is a column of the page, not the article's header.</summary>
        public const int MaxHeaderLength = 1500;

        /// <summary>This project: a standfirst beside the title has at least 20 characters...</summary>
        public const int MinLength = 20;

        /// <summary>This project: ...and at most 400.</summary>
        public const int MaxLength = 400;

        /// <summary>This project: the marker may be on the paragraph or on one of its two nearest wrappers.</summary>
        public const int MarkerLevels = 3;
    }

    /// <summary>
    /// This project: an id with 3 hyphens or more is made from a heading ("sharing-with-a-single-developer") and names a
    /// section of the article, so its words are not read as chrome or widget names.
    /// </summary>
    public const int SectionIdMinHyphens = 3;

    /// <summary>This project: a removal's text in the article's list is cut to 200 characters; the element path says where the rest is.</summary>
    public const int MaxRemovalTextLength = 200;
}
