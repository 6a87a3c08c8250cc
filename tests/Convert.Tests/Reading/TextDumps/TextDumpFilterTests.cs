using Convert.Core;
using Convert.Core.Learning;
using Convert.Core.Reading;
using Convert.Core.Reading.TextDumps;

namespace Convert.Tests.Reading.TextDumps;

/// <summary>The line classifier ships as data, loads with a clear error when it cannot, and keeps a dump's article.</summary>
public sealed class TextDumpFilterTests
{
    [Fact]
    public void TheEmbeddedModelLoadsAndReadsTheFeaturesTheCodeComputes()
    {
        var model = TextDumpFilter.Load(TextDumpFilter.ModelResource, TextLineFeatures.Names);

        Assert.Equal(TextLineFeatures.Names, model.FeatureNames);
        Assert.InRange(model.Threshold, 0.05, 0.95);
    }

    [Fact]
    public void AMissingModelIsAClearError()
    {
        var error = Assert.Throws<ModelFormatException>(() => TextDumpFilter.Load("Convert.Core.Reading.TextDumps.no-such.model.json", TextLineFeatures.Names));

        Assert.Contains("no-such.model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelOfOtherFeaturesIsRefused()
    {
        var other = new BoostedTreesModel("text-lines", ["log_chars", "something_else"], 0, 0.5, []);

        Assert.Throws<ModelFormatException>(() => other.RequireFeatures(TextLineFeatures.Names));
    }

    [Fact]
    public void TextThatIsNotADumpPassesUntouched()
    {
        var blocks = ScrapedTextReader.Read(string.Join("\n\n", Enumerable.Repeat(SmallDumps.Paragraph, 5)));

        Assert.Null(TextDumpFilter.Filter(blocks));
    }

    [Fact]
    public void ADumpKeepsItsArticleAndRemovesTheChrome()
    {
        var blocks = ScrapedTextReader.Read(SmallDumps.Page());

        var (kept, removed, title, _) = TextDumpFilter.Filter(blocks) ?? throw new InvalidOperationException("not seen as a dump");

        Assert.Equal(4, kept.Count(b => b.Text.StartsWith(SmallDumps.Paragraph, StringComparison.Ordinal)));
        Assert.DoesNotContain(kept, b => b.Text.StartsWith("• Home", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, b => b.Text.StartsWith('©'));
        Assert.All(removed, r => Assert.Equal(TextDumpFilter.Category, r.Category));
        Assert.Contains(removed, r => r.Text == "© 2025 Coast Media. All rights reserved.");
        Assert.Equal("What the Lighthouse Logs Tell Us", title);
        // Every line is kept, removed, or is the title.
        Assert.Equal(blocks.Sum(b => b.Lines.Count), kept.Sum(b => b.Lines.Count) + removed.Count + 1);
    }

    [Fact]
    public void TheEmbeddedContextModelLoadsAndReadsTheFeaturesTheCodeComputes()
    {
        var model = TextDumpFilter.Load(TextDumpFilter.ContextModelResource, TextLineContextFeatures.Names);

        Assert.Equal(TextLineContextFeatures.Names, model.FeatureNames);
        Assert.InRange(model.Threshold, 0.05, 0.95);
        Assert.NotEmpty(model.Trees);
    }

    [Fact]
    public void ADumpGivesItsHeadlineAndDateAsTheArticlesTitleAndDate()
    {
        var article = ConversionPipeline.Default.ConvertText(SmallDumps.Page(dateLine: "By Ann Lee | March 3, 2025"),
            new ConversionOptions { Format = InputFormat.Text });

        Assert.Equal("What the Lighthouse Logs Tell Us", article.Title);
        Assert.Equal("2025-03-03", article.Metadata.Published);
        Assert.DoesNotContain(article.Body, b => b.PlainText == "What the Lighthouse Logs Tell Us");
    }

    [Fact]
    public void ADumpConvertsTheSameWayEveryTime()
    {
        var options = new ConversionOptions { Format = InputFormat.Text };

        var first = ConversionPipeline.Default.ConvertText(SmallDumps.Page(), options);
        var second = ConversionPipeline.Default.ConvertText(SmallDumps.Page(), options);

        Assert.Equal(first.Body.Select(b => b.PlainText), second.Body.Select(b => b.PlainText));
        Assert.Equal(first.Removals, second.Removals);
        Assert.Contains(first.Body, b => b.PlainText == SmallDumps.Paragraph);
    }
}
