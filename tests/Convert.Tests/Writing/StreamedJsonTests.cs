using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Tests.Writing;

/// <summary>
/// The JSON writer streams the serializer's bytes through the pair unescaper chunk by chunk; whatever the chunk
/// boundaries cut (a backslash run, an escaped pair), the bytes are those of serializing to one string and
/// unescaping it whole, as the writer did before it streamed.
/// </summary>
public sealed partial class StreamedJsonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(65_521)]
    public void LongTextsGiveTheBytesOfTheWholeStringPath(int seed)
    {
        var article = new Article
        {
            Title = Mixed(seed, 70_000),
            Body = [new Paragraph(Mixed(seed + 1, 200_000), SourceSpan.None), new Paragraph(Mixed(seed + 2, 3), SourceSpan.None)],
        };

        Assert.Equal(WholeStringPath(article), WriteBytes(article));
    }

    [Theory]
    [InlineData("😀", "😀")]
    [InlineData(@"\uD83D\uDE00", @"\\uD83D\\uDE00")]
    [InlineData("\\😀", "\\\\😀")]
    [InlineData("\\\\😀", "\\\\\\\\😀")]
    public void PairsAreUnescapedAndEverythingElseKept(string title, string expected)
    {
        var json = JsonArticleWriter.ToJson(new Article { Title = title });

        Assert.Contains($"\"title\": \"{expected}\",", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\ud83d")]
    [InlineData("\ud83d😀")]
    [InlineData("\ude00\ud83d")]
    [InlineData("\\\ud83d\ude00")]
    public void LoneHalvesAreWrittenAsTheSerializerWroteThem(string title)
    {
        var article = new Article { Title = title };

        Assert.Equal(WholeStringPath(article), WriteBytes(article));
    }

    [Fact]
    public void AChunkEndingInsideAnEscapeLeavesItForTheNext()
    {
        var chunk = Encoding.UTF8.GetBytes("ab\\\\\\uD83D\\uDE0");

        var written = SurrogatePairUnescaper.Unescape(chunk, final: false, out var read);

        Assert.Equal("ab", Encoding.UTF8.GetString(chunk, 0, written));
        Assert.Equal(2, read);
    }

    private static byte[] WriteBytes(Article article)
    {
        using var buffer = new MemoryStream();
        new JsonArticleWriter().Write(article, buffer, WriterOptions.Default);
        return buffer.ToArray();
    }

    // The writer as it was before streaming: one string from the serializer, the pairs unescaped by a regex.
    private static byte[] WholeStringPath(Article article)
    {
        var json = JsonSerializer.Serialize(ArticleToDto.Map(article), ArticleJsonContext.ArticleTypeInfo);
        var unescaped = EscapedPair().Replace(json, m => m.Groups["slashes"].Value
            + (char)System.Convert.ToInt32(m.Groups["high"].Value, 16) + (char)System.Convert.ToInt32(m.Groups["low"].Value, 16));
        return new UTF8Encoding(false).GetBytes(unescaped + "\n");
    }

    [GeneratedRegex(@"(?<!\\)(?<slashes>(?:\\\\)*)\\u(?<high>D[89AB][0-9A-F]{2})\\u(?<low>D[C-F][0-9A-F]{2})")]
    private static partial Regex EscapedPair();

    // Text dense in what the unescaper must get right: pairs, backslash runs, lone halves, quotes, non-ASCII.
    private static string Mixed(int seed, int length)
    {
        string[] pieces = ["😀", "\\", "\\\\", "\\\\\\", @"\uD83D\uDE00", "\ud83d", "\ude00", "\"", "é", "—", "word ", "𝄞", "\n", "u", "D83D"];
        var random = new Random(seed);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
            text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }
}
