using System.Text.RegularExpressions;

namespace Convert.Core.Cleaning;

/// <summary>Validates <see cref="RuleData"/> and builds a <see cref="Rule"/>; every error names the rule's place.</summary>
internal static partial class RuleFactory
{
    private const int DefaultMaxWords = 20;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <param name="data">The rule as read from JSON.</param>
    /// <param name="where">Where it was read, e.g. "cleaning.add[2]", used in error messages.</param>
    public static Rule Create(RuleData data, string where)
    {
        (var id, var category, where) = Identify(data, where);

        var action = ParseEnum<RuleAction>(data.Action, nameof(RuleAction.Remove), "action", where);
        return new Rule(id, category, data.Description?.Trim() ?? "", action,
            ParseEnum<RuleScope>(data.Scope, nameof(RuleScope.Anywhere), "scope", where))
        {
            Matcher = CreateMatcher(data, where),
            Weak = data.Weak,
            Follow = ParseEnum<RuleFollow>(data.Follow, nameof(RuleFollow.None), "follow", where),
            // A metadata rule without an explicit kind keeps its text as a provenance note.
            Extract = ParseEnum<RuleExtract>(data.Extract,
                action == RuleAction.Metadata ? nameof(RuleExtract.Republication) : nameof(RuleExtract.None), "extract", where),
            OpensThread = data.OpensThread,
        };
    }

    private static RuleMatcher CreateMatcher(RuleData data, string where)
    {
        var kinds = (data.Phrases is not null ? 1 : 0) + (data.Prefixes is not null ? 1 : 0) + (data.Pattern is not null ? 1 : 0);
        if (kinds != 1)
            throw new RuleConfigException($"{where}: give exactly one of \"phrases\", \"prefixes\" or \"pattern\"");
        var maxWords = data.MaxWords ?? DefaultMaxWords;
        if (maxWords < 1)
            throw new RuleConfigException($"{where}: \"maxWords\" must be at least 1");
        var target = data.Target?.Trim().ToLowerInvariant() ?? "line";
        if (target is not ("line" or "block"))
            throw new RuleConfigException($"{where}: \"target\" must be \"line\" or \"block\", not \"{data.Target}\"");
        if (target == "block" && data.Pattern is null)
            throw new RuleConfigException($"{where}: \"target\": \"block\" needs a \"pattern\"");

        if (data.Phrases is not null)
        {
            var phrases = data.PhrasesFrom is null ? data.Phrases : [.. data.Phrases, .. CataloguePhrases(data.PhrasesFrom, where)];
            return phrases.Count > 0 ? new PhraseMatcher(phrases)
                : throw new RuleConfigException($"{where}: \"phrases\" is empty");
        }
        if (data.Prefixes is not null)
            return data.Prefixes.Count > 0 ? new PrefixMatcher(data.Prefixes, maxWords)
                : throw new RuleConfigException($"{where}: \"prefixes\" is empty");
        return new PatternMatcher(CompilePattern(data.Pattern!, where), target == "block", maxWords);
    }

    private static IEnumerable<string> CataloguePhrases(string list, string where) => list switch
    {
        // Pages print the apostrophe typographically as often as not ("À propos de l’auteur").
        "authorHeadings" => Languages.LanguageCatalogue.All.Where(r => r != Languages.LanguageCatalogue.Default)
            .SelectMany(r => r.AuthorHeadings).SelectMany(h => h.Contains('\'', StringComparison.Ordinal) ? [h, h.Replace('\'', '’')] : new[] { h }),
        _ => throw new RuleConfigException($"{where}: \"phrasesFrom\" must be \"authorHeadings\", not \"{list}\""),
    };

    /// <summary>
    /// Checks what every rule, text or html, needs (a kebab-case id and a category) and returns the id and the place
    /// to name in later errors, e.g. <c>config cleaning.add[2] ("our-promo")</c>.
    /// </summary>
    internal static (string Id, string Category, string Where) Identify(RuleData data, string where)
    {
        var id = data.Id?.Trim();
        if (string.IsNullOrEmpty(id))
            throw new RuleConfigException($"{where}: a rule needs an \"id\"");
        where = $"{where} (\"{id}\")";
        if (!KebabCase().IsMatch(id))
            throw new RuleConfigException($"{where}: the id must be kebab-case (lower-case words joined by '-')");
        if (string.IsNullOrWhiteSpace(data.Category))
            throw new RuleConfigException($"{where}: a rule needs a \"category\"");
        return (id, data.Category.Trim(), where);
    }

    private static Regex CompilePattern(string pattern, string where)
    {
        if (string.IsNullOrWhiteSpace(pattern))
            throw new RuleConfigException($"{where}: \"pattern\" is empty");
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            return BuiltInRulePatterns.Find(pattern, options, MatchTimeout) ?? new Regex(pattern, options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new RuleConfigException($"{where}: invalid pattern: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static T ParseEnum<T>(string? value, string fallback, string field, string where) where T : struct, Enum
    {
        var text = value?.Trim() ?? fallback;
        if (text.All(char.IsAsciiLetter) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed))
            return parsed;
        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        throw new RuleConfigException($"{where}: unknown {field} \"{value}\" (use one of: {allowed})");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
