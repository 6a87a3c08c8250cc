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
    public string Format => "json";
    public string Extension => ".json";
    public bool IsBinary => false;

    public void Write(Article article, Stream output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        System.Text.Json.JsonSerializer.Serialize(output, ArticleToDto.Map(article), ArticleJsonContext.ArticleTypeInfo);
        output.WriteByte((byte)'\n');
    }

    /// <summary>The JSON text for an article, as <see cref="Write"/> would write it.</summary>
    public static string ToJson(Article article)
    {
        using var buffer = new MemoryStream();
        new JsonArticleWriter().Write(article, buffer, WriterOptions.Default);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
