using System.Text.RegularExpressions;
using Convert.Core.Cleaning;
using Convert.Core.Html;

namespace Convert.Tests.Html;

public class NameMatcherTests
{
    private static readonly string[] ClassNames =
    [
        "", "share-buttons", "sharebuttons", "cookie-law-info", "consent-manager", "hid", "a hid", "hid b", "x hid y", "hide-s",
        "comment-list", "main-header-content", "sidebar", "site-footer", "entry-content", "promo-box", "ad-slot", "top-ad",
        "ads", "shared-content", "prints", "print-link", "author-bio", "about-the-author", "subhead", "sub-headline",
        "dek", "x_dek", "dekko", "respond", "responder", "disqus_thread",
    ];

    public static TheoryData<HtmlMarkerUse> Uses => new(Enum.GetValues<HtmlMarkerUse>().Where(u => u != HtmlMarkerUse.Roles));

    [Theory]
    [MemberData(nameof(Uses))]
    public void SplittingPlainNamesFromPatterns_AnswersAsOneRegexOfAllNames(HtmlMarkerUse use)
    {
        var names = RuleSet.BuiltIn.HtmlRules.SelectMany(r => r.NamesFor(use)).ToList();
        var wholeParts = use == HtmlMarkerUse.Prune;
        var union = string.Join("|", names);
        var oneRegex = new Regex(wholeParts ? $@"(?:^|[\s_-])(?:{union})(?:$|[\s_-])" : union);

        var matcher = NameMatcher.Create(names, wholeParts, Regex.InfiniteMatchTimeout)!;

        Assert.All(ClassNames, name => Assert.True(oneRegex.IsMatch(name) == matcher.IsMatch(name), $"{use}: \"{name}\""));
    }

    [Fact]
    public void NoNames_GiveNoMatcher()
    {
        Assert.Null(NameMatcher.Create([], wholeParts: false, Regex.InfiniteMatchTimeout));
    }
}
