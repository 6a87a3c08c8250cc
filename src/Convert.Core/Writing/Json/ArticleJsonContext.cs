using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Convert.Core.Writing.Json;

/// <summary>Source-generated serialization metadata for the JSON format (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(ArticleDto))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The generated options plus an encoder that leaves non-ASCII text readable ("—", "“quotes”") while still
    /// escaping what JSON requires (quotes, backslashes, control characters). The output is a file, not HTML,
    /// so the HTML-safety escapes of the default encoder buy nothing.
    /// </summary>
    public static JsonTypeInfo<ArticleDto> ArticleTypeInfo => LazyArticleTypeInfo.Value;

    /// <summary>The same, on one line (JSON Lines: one article a line).</summary>
    public static JsonTypeInfo<ArticleDto> ArticleLineTypeInfo => LazyArticleLineTypeInfo.Value;

    /// <summary>How a writer must format to give what the serializer itself would (see <see cref="ArticleTypeInfo"/>).</summary>
    public static JsonWriterOptions WriterOptions => WriterOptionsFor(ArticleTypeInfo);

    /// <summary>The same for <see cref="ArticleLineTypeInfo"/>.</summary>
    public static JsonWriterOptions LineWriterOptions => WriterOptionsFor(ArticleLineTypeInfo);

    private static JsonWriterOptions WriterOptionsFor(JsonTypeInfo typeInfo)
    {
        var options = typeInfo.Options;
        return new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        };
    }

    // Lazy: a plain static initializer would run before the generated Default instance exists.
    private static readonly Lazy<JsonTypeInfo<ArticleDto>> LazyArticleTypeInfo = new(() => CreateArticleTypeInfo(indented: true));
    private static readonly Lazy<JsonTypeInfo<ArticleDto>> LazyArticleLineTypeInfo = new(() => CreateArticleTypeInfo(indented: false));

    private static JsonTypeInfo<ArticleDto> CreateArticleTypeInfo(bool indented)
    {
        var options = new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = indented };
        return (JsonTypeInfo<ArticleDto>)options.GetTypeInfo(typeof(ArticleDto));
    }
}
