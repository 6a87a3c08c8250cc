using Convert.Core.Model;

namespace Convert.Core.Writing;

// PLACEHOLDER: owned by the docx helper.
public sealed class DocxArticleWriter : IArticleWriter
{
    public string Format => "docx";
    public string Extension => ".docx";
    public bool IsBinary => true;
    public void Write(Article article, Stream output, WriterOptions options) => throw new NotImplementedException();
}
