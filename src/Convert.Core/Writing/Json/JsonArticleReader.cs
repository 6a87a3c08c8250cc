using System.Text;
using System.Text.Json;
using Convert.Core.Limits;
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
    public static Article Read(string json) => Read(json, folder: null);

    /// <param name="json">The document.</param>
    /// <param name="folder">The folder the JSON file is in: a figure's image path is looked up from it (never outside it).</param>
    /// <exception cref="JsonArticleFormatException">The text is not an article in this format.</exception>
    public static Article Read(string json, string? folder)
    {
        ArgumentNullException.ThrowIfNull(json);
        CheckLimits(Encoding.UTF8.GetBytes(json));
        return Map(() => JsonSerializer.Deserialize(json, ArticleJsonContext.ArticleTypeInfo), folder);
    }

    /// <exception cref="JsonArticleFormatException">The bytes are not an article in this format, or are over the
    /// limits of <see cref="JsonLimits"/> (read no further than the size limit).</exception>
    public static Article Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        // One byte past the limit is enough to refuse it.
        while (buffer.Length <= JsonLimits.MaxBytes && (read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
            buffer.Write(chunk, 0, read);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        CheckLimits(bytes.Span);
        return Map(() => JsonSerializer.Deserialize(bytes.Span, ArticleJsonContext.ArticleTypeInfo));
    }

    private static void CheckLimits(ReadOnlySpan<byte> utf8Json)
    {
        if (JsonLimits.Problem(utf8Json) is { } problem)
            throw new JsonArticleFormatException("$", problem);
    }

    private static Article Map(Func<ArticleDto?> deserialize, string? folder = null)
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
        // A block without its "type" (or with it after other properties) cannot pick its record type.
        catch (NotSupportedException e)
        {
            var path = e.Message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and >= 0
                ? e.Message[(at + 7)..].Split(' ', 2)[0]
                : "$";
            throw new JsonArticleFormatException(path, "a block has no \"type\" first, so its kind is unknown", e);
        }
        return dto is null
            ? throw new JsonArticleFormatException("$", "expected an object, found null")
            : DtoToArticle.Map(dto, folder);
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
