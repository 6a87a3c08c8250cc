using System.Text;
using System.Text.Json;
using Convert.Core.Model;
using Convert.Core.Writing.Json;

namespace Convert.Core.Writing;

/// <summary>
/// Writes the article as one line of JSON Lines (<c>--to jsonl</c>): the same document as <c>--to json</c>, on one
/// line, ended by "\n". Written one after another, articles make a stream that Spark, Dask or jq read a line at a
/// time. An article read from a stream record starts with the record's <c>"id"</c> and <c>"url"</c>.
/// </summary>
public sealed class JsonlArticleWriter : IArticleWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "jsonl";
    public string Extension => ".jsonl";
    public bool IsBinary => false;

    public void Write(Article article, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8NoBom.GetBytes(ToLine(article)));
    }

    /// <summary>The line for an article, exactly as <see cref="Write"/> writes it (with its "\n").</summary>
    public static string ToLine(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var json = JsonSerializer.Serialize(ArticleToDto.Map(article), ArticleJsonContext.ArticleLineTypeInfo);
        return SurrogatePairUnescaper.Unescape(json) + "\n";
    }
}
