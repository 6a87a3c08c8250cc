using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class AuthorHeadingTests
{
    [Theory]
    [InlineData("About the author")]
    [InlineData("ABOUT THE AUTHORS:")]
    [InlineData("About  the   writers")]
    [InlineData("Author bio")]
    [InlineData("Meet the authors")]
    [InlineData("Über den Autor")]
    [InlineData("À propos de l’auteur :")]
    [InlineData("Sobre os autores")]
    [InlineData("Over de auteur")]
    [InlineData("Om författaren")]
    public void WhenALineIsOnlyAnAuthorsHeading_ThenItMatches(string line) => Assert.True(AuthorHeading.Matches(line));

    [Theory]
    [InlineData("About the author of the report")]
    [InlineData("Authors say the plan will fail")]
    [InlineData("Über den Autor des Buches")]
    [InlineData("")]
    public void WhenALineSaysMoreThanTheHeading_ThenItDoesNotMatch(string line) => Assert.False(AuthorHeading.Matches(line));

    [Theory]
    [InlineData("*About the author: Jane Doe is a science writer based in Leeds.", "Jane Doe is a science writer based in Leeds.")]
    [InlineData("About the authors — Jane Doe and John Roe teach at the university.", "Jane Doe and John Roe teach at the university.")]
    [InlineData("Über den Autor: Anna Schmidt ist Redakteurin im Lokalressort.", "Anna Schmidt ist Redakteurin im Lokalressort.")]
    [InlineData("L’autore: Giulia Rossi è giornalista e scrive di città.", "Giulia Rossi è giornalista e scrive di città.")]
    public void WhenAHeadingOpensTheBio_ThenTheBioIsWhatFollows(string line, string bio) => Assert.Equal(bio, AuthorHeading.InlineBio(line));

    [Theory]
    [InlineData("Author: Jane Doe is a science writer based in Leeds.")]
    [InlineData("About the author: short.")]
    public void WhenTheHeadingIsOneWordOrTheBioIsShort_ThenThereIsNoInlineBio(string line) => Assert.Null(AuthorHeading.InlineBio(line));
}
