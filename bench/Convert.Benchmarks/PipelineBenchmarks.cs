using Convert.Core.Reading;
using BenchmarkDotNet.Attributes;
using Convert.Core;
using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Benchmarks;

/// <summary>
/// The hot path per article: read + clean + split (text, and an HTML page), then each writer, on the largest authored fixture
/// (the seed's shape and size). Run: dotnet run -c Release --project bench/Convert.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private byte[] _input = [];
    private byte[] _page = [];
    private Article _article = new();
    private WriterOptions _withReference = WriterOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        _input = File.ReadAllBytes(Path.Combine(FindRoot(), "fixtures", "text", "multi-author-bios.txt"));
        _article = ConversionPipeline.Default.Convert(_input, ConversionOptions.Default);
        _page = File.ReadAllBytes(Path.Combine(FindRoot(), "fixtures", "html", "wordpress-share-comments.html"));
        using var reference = File.OpenRead(Path.Combine(FindRoot(), "docs", "reference.docx"));
        _withReference = new WriterOptions { Docx = new DocxOptions { ReferenceDocument = DocxReferenceDocument.Load(reference) } };
    }

    [Benchmark(Baseline = true)]
    public Article Convert() => ConversionPipeline.Default.Convert(_input, ConversionOptions.Default);

    /// <summary>The HTML path on the largest authored page (theme chrome, share bar, comments, author box).</summary>
    [Benchmark]
    public Article ConvertHtmlPage() => ConversionPipeline.Default.Convert(_page, HtmlOptions);

    private static readonly ConversionOptions HtmlOptions = new() { Format = InputFormat.Html };

    [Benchmark]
    public long WriteJson() => Write("json");

    [Benchmark]
    public long WriteDocx() => Write("docx");

    /// <summary>Word with --reference-doc: the reference's styles are parsed again for every document.</summary>
    [Benchmark]
    public long WriteDocxWithReferenceDoc() => Write("docx", _withReference);

    [Benchmark]
    public long WriteMarkdown() => Write("md");

    private long Write(string format, WriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        ArticleWriters.Find(format)!.Write(_article, stream, options ?? WriterOptions.Default);
        return stream.Length;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Convert.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Convert.sln not found");
    }
}
