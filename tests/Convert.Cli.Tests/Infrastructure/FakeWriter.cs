using System.Text;
using Convert.Core.Model;
using Convert.Core.Writing;

namespace Convert.Cli.Tests.Infrastructure;

/// <summary>
/// Writes "format|title|source|site|paragraph/paragraph" so tests can tell which writer ran on which input.
/// A failing writer writes part of its output and then throws, like a full disk.
/// </summary>
public sealed class FakeWriter(string format, string extension, bool isBinary, bool fails = false) : IArticleWriter
{
    public const string PartialOutput = "partial";
    public const string FailureReason = "No space left on device";

    /// <summary>The prefix binary output starts with, as a zip (docx) does.</summary>
    public static readonly byte[] BinaryMagic = [(byte)'P', (byte)'K', 3, 4];

    private static readonly FakeWriter[] Writers =
    [
        new("json", ".json", false),
        new("docx", ".docx", true),
        new("md", ".md", false),
        new("txt", ".txt", false),
    ];

    public string Format => format;
    public string Extension => extension;
    public bool IsBinary => isBinary;

    public static FakeWriter? Find(string format) => Writers.FirstOrDefault(w => w.Format == format);

    public static FakeWriter Failing(string format, string extension) => new(format, extension, false, fails: true);

    /// <summary>The text this writer produces for an input converted by <see cref="FakeServices"/>.</summary>
    public static string Expected(string format, string title, string source, params string[] paragraphs) =>
        $"{format}|{title}|{source}||{string.Join('/', paragraphs)}";

    public void Write(Article article, Stream output, WriterOptions options)
    {
        if (fails)
        {
            output.Write(Encoding.UTF8.GetBytes(PartialOutput));
            output.Flush();
            throw new IOException(FailureReason);
        }
        if (isBinary)
            output.Write(BinaryMagic);
        var body = string.Join('/', article.Body.Select(b => b.PlainText));
        var text = $"{format}|{article.Title}|{article.Metadata.SourcePath}|{article.Metadata.SiteName}|{body}";
        output.Write(Encoding.UTF8.GetBytes(text));
    }
}
