using System.Text;
using System.Text.Json;
using Convert.Core.Model;
using Convert.Core.Writing.Json;

namespace Convert.Core.Writing;

/// <summary>
/// Writes the article as JSON (<c>--to json</c>): UTF-8 without BOM, camelCase, fields in a fixed order,
/// indented by two spaces, LF line ends and a final newline, so the same article always gives the same bytes.
/// Scalar fields are always present (null when unknown); the shape is described by <see cref="ArticleJsonSchema"/>.
/// </summary>
public sealed class JsonArticleWriter : IArticleWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "json";
    public string Extension => ".json";
    public bool IsBinary => false;

    public void Write(Article article, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        // Streamed: the JSON of a large page is a few times its text, and a string or buffer of it all costs as much.
        var sink = new UnescapingStreamSink(output);
        using (var writer = new Utf8JsonWriter(sink, ArticleJsonContext.WriterOptions))
            JsonSerializer.Serialize(writer, ArticleToDto.Map(article), ArticleJsonContext.ArticleTypeInfo);
        sink.Complete();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The JSON text for an article, exactly as <see cref="Write"/> writes it.</summary>
    public static string ToJson(Article article)
    {
        using var buffer = new MemoryStream();
        new JsonArticleWriter().Write(article, buffer, WriterOptions.Default);
        return Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
