using System.Text.Json;
using Convert.Core.Model;

namespace Convert.Core.Writing.Json;

/// <summary>
/// Reads JSON written by <see cref="JsonArticleWriter"/> back into an <see cref="Article"/>, so that
/// write(read(write(a))) gives the same bytes as write(a). Strict: unknown properties, missing fields,
/// wrong types and unknown block types are errors.
/// </summary>
public static class JsonArticleReader
{
    /// <exception cref="JsonArticleFormatException">The text is not an article in this format.</exception>
    public static Article Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Map(() => JsonSerializer.Deserialize(json, ArticleJsonContext.ArticleTypeInfo));
    }

    /// <exception cref="JsonArticleFormatException">The bytes are not an article in this format.</exception>
    public static Article Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Map(() => JsonSerializer.Deserialize(utf8Json, ArticleJsonContext.ArticleTypeInfo));
    }

    private static Article Map(Func<ArticleDto?> deserialize)
    {
        ArticleDto? dto;
        try
        {
            dto = deserialize();
        }
        catch (JsonException e)
        {
            throw new JsonArticleFormatException(e.Path ?? "$", Describe(e), e);
        }
        return dto is null
            ? throw new JsonArticleFormatException("$", "expected an object, found null")
            : DtoToArticle.Map(dto);
    }

    // System.Text.Json appends "Path: ... | LineNumber: ..." to its messages; the path is reported separately.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        return e.LineNumber is { } line ? $"{message} (line {line + 1})" : message;
    }
}
