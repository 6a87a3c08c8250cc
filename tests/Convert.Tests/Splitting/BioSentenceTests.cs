using Convert.Core.Splitting;

namespace Convert.Tests.Splitting;

public class BioSentenceTests
{
    [Theory]
    [InlineData("Jane Doe is a senior fellow at the Example Institute.", null, "Jane Doe")]
    [InlineData("Dr. John Example has worked as an adviser for ten years.", "Dr", "John Example")]
    [InlineData("Ann Poe writes about food and cities.", null, "Ann Poe")]
    [InlineData("Katrin Wolff ist Redakteurin im Lokalressort.", null, "Katrin Wolff")]
    [InlineData("Claire Dumas est journaliste au service économie.", null, "Claire Dumas")]
    [InlineData("María Gómez escribe sobre ciudades.", null, "María Gómez")]
    [InlineData("Ann Poe, a former nurse, joined the paper in 2019.", null, "Ann Poe")]
    [InlineData("Dan Roe Dan is the security editor, which he joined in 2012.", null, "Dan Roe")]
    public void WhenParagraphOpensWithANameAndABioVerb_ThenTheNameIsTheSubject(string text, string? honorific, string name)
    {
        var subject = BioSentence.TryGetSubject(text);

        Assert.Equal(new PersonName(honorific, name), subject);
    }

    [Theory]
    [InlineData("The Government is expected to respond.")]
    [InlineData("Last year Jane Doe was elected.")]
    [InlineData("Jane Doe said the plan would fail.")]
    [InlineData("He is a fellow.")]
    public void WhenParagraphDoesNotOpenWithAPersonAndABioVerb_ThenThereIsNoSubject(string text) =>
        Assert.Null(BioSentence.TryGetSubject(text));

    [Theory]
    [InlineData("Jane Doe is a senior fellow at the institute.", true)]
    [InlineData("Jane Doe is the author of two books.", true)]
    [InlineData("Jane Doe is a nurse who lives by the sea.", false)]
    public void BioCuesAreJobTitlesAndBioPhrases(string text, bool expected) =>
        Assert.Equal(expected, BioSentence.HasBioCues(text));
}
