using Convert.Core.Model;

namespace Convert.Core.Validation;

/// <summary>
/// Warns when an HTML input is confidently not an article: validate checks scraped articles, so a product grid or a
/// forum thread in the batch is most likely a crawl that picked up the wrong page. Only a confident call counts, so
/// an article the classifier hesitates over is never flagged.
/// </summary>
internal static class PageTypeCheck
{
    /// <summary>The classifier's probability from which another type is a confident call (this project's choice: on
    /// WCXB dev, held out by site, 7 of 793 articles (0.9%) reach it for another type, and 44% of the other pages do).</summary>
    public const double MinProbability = 0.8;

    public static void Report(ArticleMetadata metadata, FindingCollector findings)
    {
        if (metadata.PageType is not { } type || type == "article" || metadata.PageTypeProbability is not >= MinProbability)
            return;
        findings.Add(ValidationRules.NotAnArticle,
            $"The page reads as a {type} page (probability {metadata.PageTypeProbability:0.00}), not an article.");
    }
}
