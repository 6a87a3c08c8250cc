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
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        // Streamed like the JSON writer: a large page's line is a few times its text.
        var sink = new UnescapingStreamSink(output);
        using (var writer = new Utf8JsonWriter(sink, ArticleJsonContext.LineWriterOptions))
            JsonSerializer.Serialize(writer, ArticleToDto.Map(article), ArticleJsonContext.ArticleLineTypeInfo);
        sink.Complete();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The line for an article, exactly as <see cref="Write"/> writes it (with its "\n").</summary>
    public static string ToLine(Article article)
    {
        using var buffer = new MemoryStream();
        new JsonlArticleWriter().Write(article, buffer, WriterOptions.Default);
        return Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
