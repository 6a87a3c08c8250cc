using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class BylineParserTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", null)]
    [InlineData("By Jane Doe | March 3, 2025", "Jane Doe", "2025-03-03")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe;John Roe", null)]
    [InlineData("By Jane Doe, John Roe and Ann Poe", "Jane Doe;John Roe;Ann Poe", null)]
    [InlineData("Written by Jane Doe", "Jane Doe", null)]
    [InlineData("Posted by Jane Doe on 3 March 2025", "Jane Doe", "2025-03-03")]
    [InlineData("By Dr. Jane Doe & John Roe - 2025-01-09", "Jane Doe;John Roe", "2025-01-09")]
    [InlineData("Von Katrin Wolff und Jan Berg", "Katrin Wolff;Jan Berg", null)]
    [InlineData("Par Claire Dumas et Luc Petit", "Claire Dumas;Luc Petit", null)]
    [InlineData("Por María Gómez y Juan Ruiz", "María Gómez;Juan Ruiz", null)]
    [InlineData("Di Marco Bianchi", "Marco Bianchi", null)]
    [InlineData("Door Eva de Vries", "Eva de Vries", null)]
    [InlineData("Von Anna Schmidt | 3. März 2025", "Anna Schmidt", "2025-03-03")]
    [InlineData("Par Marie Dubois | 1er déc. 2025", "Marie Dubois", "2025-12-01")]
    [InlineData("Por Lucía García - 3 de marzo de 2025", "Lucía García", "2025-03-03")]
    [InlineData("Av Karin Lund och Per Ek | 3 mars 2025", "Karin Lund;Per Ek", "2025-03-03")]
    public void WhenLineIsAByline_ThenNamesAndDateAreRead(string line, string names, string? published)
    {
        var byline = BylineParser.TryParse(line);

        Assert.NotNull(byline);
        Assert.Equal(line, byline.Raw);
        Assert.Equal(names.Split(';'), byline.Names.Select(n => n.Name));
        Assert.Equal(published, byline.Published);
    }

    [Fact]
    public void WhenATitleFollowsTheName_ThenItIsTheRole()
    {
        var byline = BylineParser.TryParse("By Jane Doe, Senior Editor");

        Assert.NotNull(byline);
        Assert.Equal(["Jane Doe"], byline.Names.Select(n => n.Name));
        Assert.Equal("Senior Editor", byline.Role);
    }

    [Theory]
    [InlineData("By Tuesday, prices had doubled across the region.")]
    [InlineData("By the way, nobody asked.")]
    [InlineData("Bystanders Gather Outside")]
    [InlineData("Jane Doe")]
    [InlineData("Von Berlin aus gesehen")]
    [InlineData("Par ailleurs, le port rouvre.")]
    [InlineData("Von Reuters")]
    public void WhenLineOnlyStartsLikeAByline_ThenItIsNotOne(string line) => Assert.Null(BylineParser.TryParse(line));

    [Theory]
    [InlineData("By Reuters")]
    [InlineData("By Staff Reporter")]
    public void WhenBylineNamesNoPerson_ThenItIsABylineWithoutNames(string line)
    {
        var byline = BylineParser.TryParse(line);

        Assert.NotNull(byline);
        Assert.Equal(line, byline.Raw);
        Assert.Empty(byline.Names);
    }

    [Theory]
    [InlineData("Posted on March 18, 2023 by Ewan Hale", "Ewan Hale", "2023-03-18")]
    [InlineData("Published 4 May 2024 by Ana Ruiz and Li Wei", "Ana Ruiz", "2024-05-04")]
    public void WhenTheDateComesBeforeTheNames_ThenBothAreRead(string line, string firstName, string date)
    {
        var byline = BylineParser.TryParse(line);

        Assert.NotNull(byline);
        Assert.Equal(firstName, byline.Names[0].Name);
        Assert.Equal(date, byline.Published);
    }
}
