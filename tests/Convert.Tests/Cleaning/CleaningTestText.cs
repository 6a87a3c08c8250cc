using Convert.Core.Cleaning;
using Convert.Core.Reading;

namespace Convert.Tests.Cleaning;

/// <summary>Shared helpers and invented body paragraphs for cleaning tests.</summary>
internal static class CleaningTestText
{
    public const string Title = "Harbour Town Votes On New Ferry Plan";

    public const string Body1 =
        "The council of a small harbour town voted on Monday to replace its ageing ferry with two smaller boats, " +
        "ending a debate that had divided residents for most of the year.";

    public const string Body2 =
        "Supporters said the new boats would run more often and use less fuel, while critics worried that the " +
        "plan would raise fares for the islanders who depend on the service.";

    public const string Body3 =
        "The first of the new boats is expected to enter service next spring, and the council has promised to " +
        "review the timetable after six months to restore trust in the region.";

    public const string Bio =
        "Jane Example is a research officer at an invented policy centre. Her areas of interest include coastal " +
        "transport, local government and public finance.";

    /// <summary>Joins blocks with blank lines, as a scraper writes them.</summary>
    public static string Blocks(params string[] blocks) => string.Join("\n\n", blocks);

    public static CleanedText Clean(string text, RuleSet? rules = null) =>
        new RuleEngine(rules ?? RuleSet.BuiltIn).Clean(ScrapedTextReader.Read(text));

    public static CleanedText Clean(params string[] blocks) => Clean(Blocks(blocks));

    public static string[] Kept(this CleanedText cleaned) => cleaned.Blocks.Select(b => b.Text).ToArray();

    public static string[] Removed(this CleanedText cleaned) => cleaned.Removals.Select(r => $"{r.RuleId}: {r.Text}").ToArray();

    /// <summary>The kept blocks from <see cref="CleanedText.TailStart"/> on.</summary>
    public static string[] Tail(this CleanedText cleaned) => cleaned.Kept()[cleaned.TailStart..];
}
