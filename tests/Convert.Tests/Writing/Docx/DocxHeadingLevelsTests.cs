using Convert.Core.Model;
using Convert.Core.Writing.Docx;

namespace Convert.Tests.Writing.Docx;

public class DocxHeadingLevelsTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2, 3 })]
    [InlineData(new[] { 2, 3, 2 }, new[] { 1, 2, 1 })]
    [InlineData(new[] { 3, 3 }, new[] { 1, 1 })]
    [InlineData(new[] { 1, 3, 1, 3 }, new[] { 1, 2, 1, 2 })]
    [InlineData(new[] { 1, 2, 3, 1, 3 }, new[] { 1, 2, 3, 1, 2 })]
    [InlineData(new[] { 2, 1, 2 }, new[] { 1, 1, 2 })]
    [InlineData(new[] { 5, 0 }, new[] { 1, 1 })]
    public void WhenHeadingsAreMappedThenNoLevelIsSkipped(int[] articleLevels, int[] expectedWordLevels)
    {
        var body = articleLevels.Select(level => (Block)new Heading(level, "h", SourceSpan.None)).ToList();
        var levels = new DocxHeadingLevels(body);

        var mapped = body.Cast<Heading>().Select(h => levels.Next(h.Level)).ToArray();

        Assert.Equal(expectedWordLevels, mapped);
    }
}
