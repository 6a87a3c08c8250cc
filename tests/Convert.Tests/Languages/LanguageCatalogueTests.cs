using Convert.Core.Cleaning;
using Convert.Core.Languages;
using Convert.Core.Splitting;

namespace Convert.Tests.Languages;

/// <summary>
/// Every record of the catalogue is complete, and what the writers print in a language reads back: the date, the
/// byline and the authors heading.
/// </summary>
public class LanguageCatalogueTests
{
    public static TheoryData<string> Tags => [.. LanguageCatalogue.All.Select(r => r.Tag)];

    private static LanguageRecord Record(string tag) => LanguageCatalogue.All.Single(r => r.Tag == tag);

    [Fact]
    public void TheSevenGuessedLanguagesAreThereWithEnglishFirst()
    {
        Assert.Equal("en", LanguageCatalogue.All[0].Tag);
        Assert.Same(LanguageCatalogue.All[0], LanguageCatalogue.Default);
        Assert.Equal(["en", "de", "fr", "es", "it", "pt", "nl"], LanguageCatalogue.All.Where(r => r.GuessWords.Count > 0).Select(r => r.Tag));
        Assert.Equal(LanguageCatalogue.All.Count, LanguageCatalogue.All.Select(r => r.Tag).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void EveryRecordFillsWhatTheWritersNeed(string tag)
    {
        var labels = Record(tag).Labels;

        Assert.All(new[] { labels.By, labels.And, labels.AboutAuthor, labels.AboutAuthors, labels.FirstPublishedAt, labels.Source,
            labels.Page, labels.Of }, label => Assert.False(string.IsNullOrWhiteSpace(label), tag));
        Assert.Contains("{0}", labels.DatePattern, StringComparison.Ordinal);
        Assert.Contains("{1}", labels.DatePattern, StringComparison.Ordinal);
        Assert.Contains("{2}", labels.DatePattern, StringComparison.Ordinal);
        Assert.Equal(12, labels.Months.Count);
        Assert.Equal(12, labels.Months.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(labels.Months, month => Assert.False(string.IsNullOrWhiteSpace(month)));
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void EveryRecordFillsWhatTheReadersNeed(string tag)
    {
        var record = Record(tag);

        Assert.NotEmpty(record.BylineWords);
        Assert.NotEmpty(record.Conjunctions);
        Assert.NotEmpty(record.AuthorHeadings);
        Assert.NotEmpty(record.RoleWords);
        Assert.NotEmpty(record.BioVerbs);
        Assert.Equal(12, record.MonthAbbreviations.Count);
        Assert.All(record.MonthAbbreviations.SelectMany(a => a), a => Assert.False(a.EndsWith('.'), a));
        Assert.Contains(record.Labels.By, record.BylineWords, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(record.Labels.And, record.Conjunctions, StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void EveryDateTheWriterPrintsReadsBack(string tag)
    {
        var labels = Record(tag).Labels;
        for (var month = 1; month <= 12; month++)
        {
            foreach (var day in new[] { 1, 3, 28 })
            {
                var date = new DateOnly(2025, month, day);
                var printed = labels.Date(date);

                Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateParser.ParseDateLine(printed));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void EveryAbbreviatedMonthReadsBack(string tag)
    {
        var record = Record(tag);
        for (var month = 1; month <= 12; month++)
        {
            foreach (var abbreviation in record.MonthAbbreviations[month - 1])
            {
                Assert.Equal($"2025-{month:00}-03", DateParser.Find($"3 {abbreviation}. 2025")?.Iso);
                Assert.Equal($"2025-{month:00}-03", DateParser.Find($"3 {abbreviation} 2025")?.Iso);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void EveryDateLabelAndWeekdayReadsBeforeADate(string tag)
    {
        var record = Record(tag);
        var printed = record.Labels.Date(new DateOnly(2025, 3, 3));

        Assert.NotEmpty(record.DateLabels);
        Assert.True(record.Weekdays.Count >= 7, tag);
        foreach (var label in record.DateLabels)
            Assert.Equal("2025-03-03", DateParser.ParseDateLine($"{label} {printed}"));
        foreach (var weekday in record.Weekdays)
            Assert.Equal("2025-03-03", DateParser.ParseDateLine($"{record.DateLabels[^1]}: {weekday}, {printed}"));
    }

    [Fact]
    public void NoWeekdayIsAlsoAMonth()
    {
        var months = LanguageCatalogue.All.SelectMany(r => r.Months.Concat(r.MonthAbbreviations.SelectMany(a => a)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(LanguageCatalogue.All.SelectMany(r => r.Weekdays), months.Contains);
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void TheBylineTheWriterPrintsReadsBack(string tag)
    {
        var labels = Record(tag).Labels;
        var line = $"{labels.By} Anna Berg {labels.And} Jan Holm \u2014 {labels.Date(new DateOnly(2025, 3, 3))}";

        var byline = BylineParser.TryParse(line);

        Assert.NotNull(byline);
        Assert.Equal(["Anna Berg", "Jan Holm"], byline.Names.Select(n => n.Name));
        Assert.Equal("2025-03-03", byline.Published);
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void TheAuthorsHeadingTheWriterPrintsReadsBack(string tag)
    {
        var labels = Record(tag).Labels;

        Assert.True(AuthorHeading.Matches(labels.AboutAuthor), labels.AboutAuthor);
        Assert.True(AuthorHeading.Matches(labels.AboutAuthors + ":"), labels.AboutAuthors);
    }

    [Fact]
    public void EveryHeadingTheCleaningRuleStopsAtIsAnAuthorHeading()
    {
        foreach (var phrase in AuthorHeadingRulePhrases())
            Assert.True(AuthorHeading.Matches(phrase), phrase);
    }

    [Fact]
    public void EveryAuthorHeadingOutsideEnglishIsStoppedAtByTheCleaningRule()
    {
        // English headings are read more widely by the splitter ("Contributors") than the rule stops the body at.
        var phrases = AuthorHeadingRulePhrases().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in LanguageCatalogue.All.Skip(1).SelectMany(r => r.AuthorHeadings))
            Assert.Contains(LineKey.For(heading), phrases);
    }

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("fr_CA", "fr")]
    [InlineData("PT-br", "pt")]
    [InlineData("no", "nb")]
    [InlineData("nb-NO", "nb")]
    public void ARecordIsFoundByItsPrimaryTag(string language, string tag) =>
        Assert.Equal(tag, LanguageCatalogue.Find(language)?.Tag);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ja")]
    [InlineData("x")]
    public void AnUnknownLanguageHasNoRecord(string? language) => Assert.Null(LanguageCatalogue.Find(language));

    private static string[] AuthorHeadingRulePhrases()
    {
        var rule = RuleSet.BuiltIn.Rules.Single(r => r.Id == "author-heading");
        var described = rule.Matcher.Describe();
        Assert.StartsWith("phrases: ", described, StringComparison.Ordinal);
        return described["phrases: ".Length..].Split(", ");
    }
}
