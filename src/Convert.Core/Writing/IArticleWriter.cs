using Convert.Core.Model;

namespace Convert.Core.Writing;

/// <summary>Writes an article in one output format. Writers are stateless and thread-safe.</summary>
public interface IArticleWriter
{
    /// <summary>The format name used by <c>--to</c>: json, docx, md, txt.</summary>
    string Format { get; }

    /// <summary>The file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>True when the output is not text (it must not go to a terminal).</summary>
    bool IsBinary { get; }

    void Write(Article article, Stream output, WriterOptions options);
}
