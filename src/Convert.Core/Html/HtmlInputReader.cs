using Convert.Core.Reading;

namespace Convert.Core.Html;

/// <summary>The raw HTML of a saved page: the article's blocks with their elements, and the page's metadata.</summary>
internal sealed class HtmlInputReader : IInputReader
{
    public InputFormat Format => InputFormat.Html;
    public string Name => "html";
    public string Description => "the raw HTML of a saved page";
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".shtml"];
    public bool ReadInFolderWalks => true;
    public bool Sniff(ReadOnlySpan<byte> start) => HtmlSniffer.LooksLikeHtml(start);
    // Optimized from the first call, so the page's bytes are not kept alive once decoded (see ConversionPipeline.Run).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public ReaderOutput Read(ReadOnlySpan<byte> input, ReaderContext context) => HtmlArticleReader.Read(input, context);
    public ReaderOutput Read(string text, ReaderContext context) => HtmlArticleReader.Read(text, context);
}
