using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class DateParserTests
{
    [Theory]
    [InlineData("March 3, 2025", "2025-03-03")]
    [InlineData("3 March 2025", "2025-03-03")]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("Mar. 3rd, 2025", "2025-03-03")]
    [InlineData("Published: March 3, 2025", "2025-03-03")]
    [InlineData("Updated 14 Sept 2024", "2024-09-14")]
    [InlineData("Published on Monday, March 3, 2025 at 10:30 am", "2025-03-03")]
    [InlineData("Last updated: 2024-12-31 08:15", "2024-12-31")]
    [InlineData("Published 7:07 PM EST Nov 19, 2024", "2024-11-19")]
    [InlineData("Updated 10:30 am, 2 June 2025", "2025-06-02")]
    [InlineData("Mar 3, 2025 · 4 min read", "2025-03-03")]
    [InlineData("2025年4月1日", "2025-04-01")]
    [InlineData("2025年 12月 31日", "2025-12-31")]
    [InlineData("2025년 4월 1일", "2025-04-01")]
    [InlineData("3. März 2025", "2025-03-03")]
    [InlineData("3. Mrz. 2025", "2025-03-03")]
    [InlineData("14. Jänner 2025", "2025-01-14")]
    [InlineData("1er décembre 2025", "2025-12-01")]
    [InlineData("3 févr. 2025", "2025-02-03")]
    [InlineData("3 de marzo de 2025", "2025-03-03")]
    [InlineData("3 de marzo del 2025", "2025-03-03")]
    [InlineData("12 setiembre 2025", "2025-09-12")]
    [InlineData("3 ottobre 2025", "2025-10-03")]
    [InlineData("1º de março de 2025", "2025-03-01")]
    [InlineData("3 out. 2025", "2025-10-03")]
    [InlineData("3 mrt. 2025", "2025-03-03")]
    [InlineData("3:e mars 2025", "2025-03-03")]
    [InlineData("3. desember 2025", "2025-12-03")]
    [InlineData("Veröffentlicht am Montag, 3. März 2025", "2025-03-03")]
    [InlineData("Mo., 3. März 2025", "2025-03-03")]
    [InlineData("Publié le lundi 3 mars 2025", "2025-03-03")]
    [InlineData("Mis à jour le 1er déc. 2025", "2025-12-01")]
    [InlineData("Publicado el 3 de marzo de 2025", "2025-03-03")]
    [InlineData("Pubblicato il 3 marzo 2025", "2025-03-03")]
    [InlineData("Atualizado em segunda-feira, 3 de março de 2025", "2025-03-03")]
    [InlineData("Gepubliceerd op 3 maart 2025", "2025-03-03")]
    [InlineData("Weds, March 5, 2025", "2025-03-05")]
    public void WhenLineIsADate_ThenItIsReadAsIso(string line, string expected) =>
        Assert.Equal(expected, DateParser.ParseDateLine(line));

    [Theory]
    [InlineData("February 30, 2025")]
    [InlineData("03/04/2025")]
    [InlineData("On March 3, 2025 the council voted to close the road.")]
    [InlineData("Smarch 3, 2025")]
    [InlineData("2025年2月30日")]
    [InlineData("Published")]
    [InlineData("März 3, 2025")]
    [InlineData("out 3, 2025")]
    [InlineData("30. Februar 2025")]
    public void WhenLineIsNotOnlyAValidDate_ThenNoDateIsRead(string line) => Assert.Null(DateParser.ParseDateLine(line));

    [Fact]
    public void WhenTextHoldsADate_ThenFindReturnsItAndWhereItIs()
    {
        var found = DateParser.Find("By Jane Doe | 7 July 2023 | Opinion");

        Assert.NotNull(found);
        Assert.Equal("2023-07-07", found.Value.Iso);
        Assert.Equal("7 July 2023", found.Value.Where.Value);
    }
}
