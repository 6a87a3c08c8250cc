using System.Text.RegularExpressions;
using Convert.Core.Languages;

namespace Convert.Core.Splitting;

/// <summary>
/// Decides whether a run of words can be a person's name: capitalised words (or name particles such as
/// "van", "de", "bin"), initials, hyphens and apostrophes; no function words, role words or site words,
/// which is what separates "Jane Q Example" from a headline such as "Why The Rain Came".
/// </summary>
internal static partial class NameTokens
{
    private static readonly HashSet<string> Particles = new(LanguageCatalogue.Union(r => r.NameParticles), StringComparer.Ordinal);

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "with", "from", "by", "as", "is", "are",
        "was", "were", "be", "it", "its", "this", "that", "these", "those", "why", "how", "what", "when", "where",
        "who", "which", "our", "your", "my", "his", "her", "their", "we", "you", "they", "he", "she", "not", "no",
        "new", "more", "most", "all", "about", "after", "before", "over", "under", "into", "will", "can", "has",
        "have", "had", "do", "does", "did", "but", "if", "than", "then", "so", "up", "out", "i",
        "share", "comments", "comment", "related", "posts", "post", "articles", "article", "reply", "leave",
        "subscribe", "newsletter", "follow", "read", "privacy", "policy", "cookie", "cookies", "menu", "home",
        "search", "login", "contact", "news", "latest", "popular", "trending", "tags", "categories", "archives",
        "previous", "next", "page", "top", "back", "mobile", "version", "exit", "print", "email", "facebook",
        "twitter", "linkedin", "whatsapp", "telegram", "reddit", "copy", "link", "view", "profile", "bio",
        "biography", "full", "also", "like", "sign", "up", "terms", "advertisement", "sponsored", "video", "photo",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "university", "institute", "centre", "center", "department", "ministry", "government", "company", "group",
        "insight", "insights", "review", "times", "post", "daily", "weekly", "journal", "magazine",
        "conclusion", "introduction", "summary", "background", "analysis", "opinion", "world", "economy",
        // Site chrome that comes in pairs of capitalised words ("Legal Notices", "Font Family", "Media Kit").
        "notice", "notices", "abuse", "report", "form", "trademark", "compact", "family", "font", "color", "colour",
        "scheme", "spacing", "navigation", "information", "info", "finance", "leadership", "board", "store", "club",
        "feed", "feeds", "edition", "archive", "events", "film", "media", "kit", "settings", "account", "help",
        "support", "faq", "feedback", "register", "shop", "guide", "guides", "games", "sports", "health",
        "science", "technology", "tech", "business", "politics", "culture", "travel", "entertainment", "music",
        "books", "arts", "education", "weather", "local", "national", "international", "site", "network",
        "services", "careers", "jobs", "legal", "security", "accessibility", "index", "section", "sections",
        "press", "directory", "resources", "community", "forum", "forums", "blog", "blogs", "podcast", "podcasts",
        "newsletters", "alerts", "apps", "app", "digital", "premium", "subscription", "subscriptions", "offers",
        "deals", "coupons", "codes", "awards", "badge", "badges", "free", "online", "game", "collection",
        "affiliate", "partners", "sponsors", "advertise", "advertising", "rss", "desktop", "download",
        "court", "committee", "council", "party", "foundation", "association", "society", "agency", "office",
    };

    public static bool IsNameWord(string token, bool first)
    {
        if (token.Length == 0 || NotNameWords.Contains(token.TrimEnd('.')) || RoleLine.IsRoleWord(token))
        {
            return false;
        }
        if (!first && Particles.Contains(token))
        {
            return true;
        }
        return NameWord().IsMatch(token);
    }

    /// <summary>True when every token can be part of a name and there are between 1 and 6 of them.</summary>
    public static bool AreName(IReadOnlyList<string> tokens, int minimum = 2)
    {
        if (tokens.Count < minimum || tokens.Count > 6)
        {
            return false;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(tokens[i], i == 0))
            {
                return false;
            }
        }
        // A name needs at least one real word, not only initials ("J. R.").
        return tokens.Any(t => t.TrimEnd('.').Length > 1 && !Particles.Contains(t));
    }

    // An upper-case letter, then letters, apostrophes, hyphens or dots (initials "Q.", "J.R.", "O'Neil", "Smith-Jones").
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]*$")]
    private static partial Regex NameWord();
}
