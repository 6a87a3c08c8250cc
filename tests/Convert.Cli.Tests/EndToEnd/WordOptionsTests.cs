using Convert.Cli.Tests.Infrastructure;
using Convert.Core.Writing;

namespace Convert.Cli.Tests.EndToEnd;

/// <summary>The Word options of <c>convert</c> (--paper, --print-urls, --now, --reference-doc) and <c>reference-doc</c>.</summary>
public sealed class WordOptionsTests : IDisposable
{
    private const string Article = """
        How to Grow Tomatoes
        By Jane Doe | March 3, 2025

        Tomatoes need full sun and warm soil. Plant them in spring after the last frost.

        """;

    private readonly TempFolder _folder = new();

    public WordOptionsTests() => _folder.Write("tomatoes.txt", Article);

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(string[] args, bool stdoutIsTerminal = false) =>
        CliRunner.RunAsync(_folder.Root, args, stdoutIsTerminal: stdoutIsTerminal, services: CliServices.Default);

    private string DumpOf(string relative)
    {
        using var stream = File.OpenRead(_folder.PathOf(relative));
        return DocxTextDump.Dump(stream);
    }

    [Fact]
    public async Task PaperAndNowReachTheDocument()
    {
        var result = await Run(["convert", "tomatoes.txt", "-o", "t.docx", "--paper", "letter", "--now", "-q"]);

        Assert.Equal(0, result.ExitCode);
        var dump = DumpOf("t.docx");
        Assert.Contains("(Letter)", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("modified: 2000-01-01", dump, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--paper", "a3")]
    [InlineData("--print-urls", "margin")]
    public async Task UnknownValuesAreUsageErrors(string option, string value)
    {
        var result = await Run(["convert", "tomatoes.txt", "-o", "t.docx", option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.False(_folder.Exists("t.docx"));
    }

    [Fact]
    public async Task AMissingReferenceDocStopsBeforeAnyWorkNamingTheFile()
    {
        var result = await Run(["convert", "tomatoes.txt", "-o", "t.docx", "--reference-doc", "nope.docx"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: --reference-doc nope.docx: no such file"], result.StderrLines);
        Assert.False(_folder.Exists("t.docx"));
    }

    [Fact]
    public async Task AReferenceDocThatIsNotWordStopsBeforeAnyWork()
    {
        _folder.Write("fake.docx", "plain text, not a package");

        var result = await Run(["convert", "tomatoes.txt", "-o", "t.docx", "--reference-doc", "fake.docx"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("declutter: error: --reference-doc fake.docx: not a Word document", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReferenceDocCommandWritesAFileThatConvertAccepts()
    {
        var written = await Run(["reference-doc", "-o", "ref.docx"]);
        var converted = await Run(["convert", "tomatoes.txt", "-o", "t.docx", "--reference-doc", "ref.docx"]);

        Assert.Equal((0, ""), (written.ExitCode, written.Stderr));
        Assert.Equal(0, converted.ExitCode);
        Assert.Contains("[Title] How to Grow Tomatoes", DumpOf("t.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StylesTheReferenceDocLacksAreWarnedAboutOnceUnlessQuiet()
    {
        await Run(["reference-doc", "-o", "ref.docx"]);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(_folder.PathOf("ref.docx"), isEditable: true))
        {
            document.MainDocumentPart!.StyleDefinitionsPart!.Styles!
                .Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().Single(s => s.StyleId?.Value == "Byline").Remove();
        }

        _folder.Write("second.txt", Article);
        var warned = await Run(["convert", "tomatoes.txt", "second.txt", "--output-dir", "out", "-t", "docx", "--reference-doc", "ref.docx"]);
        var quiet = await Run(["convert", "tomatoes.txt", "-o", "q.docx", "--reference-doc", "ref.docx", "-q"]);

        Assert.Equal(0, warned.ExitCode);
        var warning = Assert.Single(warned.StderrLines, l => l.Contains("warning", StringComparison.Ordinal));
        Assert.Equal("declutter: warning: ref.docx: has no style 'Byline' (Byline); using the built-in one", warning);
        Assert.Equal((0, ""), (quiet.ExitCode, quiet.Stderr));
    }

    [Fact]
    public async Task TheReferenceDocCommandRefusesATerminalUnlessToldWithDashO()
    {
        var refused = await Run(["reference-doc"], stdoutIsTerminal: true);
        var forced = await Run(["reference-doc", "-o", "-"], stdoutIsTerminal: true);
        var redirected = await Run(["reference-doc"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(refused.StdoutBytes);
        Assert.Contains("refusing to write docx to a terminal", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(redirected.StdoutBytes, forced.StdoutBytes);
        Assert.Equal("PK"u8.ToArray(), redirected.StdoutBytes[..2]);
    }

    [Fact]
    public async Task TheReferenceDocCommandKeepsAnExistingFileWithoutForce()
    {
        _folder.Write("ref.docx", "mine");

        var result = await Run(["reference-doc", "-o", "ref.docx"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("mine", _folder.Read("ref.docx"));
    }
}
