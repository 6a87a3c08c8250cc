using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class NameLineTests
{
    [Theory]
    [InlineData("Mr Jane Q Example", "Mr", "Jane Q Example")]
    [InlineData("Dr. John Example", "Dr", "John Example")]
    [InlineData("Dr John Example", "Dr", "John Example")]
    [InlineData("Prof. Ann Poe", "Prof", "Ann Poe")]
    [InlineData("Jane Doe", null, "Jane Doe")]
    [InlineData("Jane Doe, PhD", null, "Jane Doe")]
    [InlineData("Tom Roe Jr.", null, "Tom Roe")]
    [InlineData("About Jane Doe", null, "Jane Doe")]
    [InlineData("Written by Jane Doe", null, "Jane Doe")]
    [InlineData("Brig (R) Dr. Asif Example", "Brig (R) Dr", "Asif Example")]
    [InlineData("Lt Gen (Retd) Omar Example", "Lt Gen (Retd)", "Omar Example")]
    [InlineData("Prof. Dr. Ana Example", "Prof Dr", "Ana Example")]
    [InlineData("Ambassador Lee Example", "Ambassador", "Lee Example")]
    [InlineData("Air Cdre (R) Kim Example", "Air Cdre (R)", "Kim Example")]
    [InlineData("Ludwig van Example", null, "Ludwig van Example")]
    [InlineData("Mary O'Neil-Smith", null, "Mary O'Neil-Smith")]
    [InlineData("Dr Smith", "Dr", "Smith")]
    public void WhenLineIsAName_ThenHonorificAndNameAreSeparated(string line, string? honorific, string name)
    {
        var person = NameLine.TryParse(line);

        Assert.NotNull(person);
        Assert.Equal(honorific, person.Honorific);
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("Jane")]
    [InlineData("Why The Rain Came")]
    [InlineData("Director Research")]
    [InlineData("Exit Mobile Version")]
    [InlineData("Jane Doe wrote this.")]
    [InlineData("Jane Doe.")]
    [InlineData("Jane Doe 2025")]
    [InlineData("Related Posts")]
    [InlineData("Jane Doe: a profile")]
    [InlineData("About the author")]
    [InlineData("One Two Three Four Five Six Seven")]
    [InlineData("jane doe")]
    [InlineData("(R) Jane Doe")]
    public void WhenLineIsNotAName_ThenNothingIsParsed(string line) => Assert.Null(NameLine.TryParse(line));
}
