using Convert.Core.Validation;

namespace Convert.Tests.Validation;

public class MojibakeTests
{
    [Theory]
    [InlineData("donâ€™t", "â€™")]
    [InlineData("â€œquotedâ€\u009d", "â€œ")]
    [InlineData("an en dash â€“ here", "â€“")]
    [InlineData("cafÃ©", "Ã©")]
    [InlineData("GrÃ¶ÃŸe", "Ã¶")]
    [InlineData("costs Â£5", "Â£")]
    [InlineData("bad \uFFFD byte", "\uFFFD")]
    public void FindsWronglyDecodedText(string text, string sequence) =>
        Assert.Equal(sequence, Mojibake.FindFirst(text)?.Sequence);

    [Theory]
    [InlineData("don’t “quoted” café Größe £5 – São Paulo")]
    [InlineData("ÃO in capitals, Â alone")]
    [InlineData("")]
    public void LeavesCorrectTextAlone(string text) => Assert.Null(Mojibake.FindFirst(text));
}
