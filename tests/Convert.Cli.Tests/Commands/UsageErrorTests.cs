using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>Every invocation problem exits 2 with one line per error on stderr and nothing on stdout.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public UsageErrorTests() => _folder.Write("a.txt", "Title\nBody");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new[] { "explode" }, "declutter: error: unknown command 'explode' (see 'declutter --help')")]
    [InlineData(new[] { "convert" }, "declutter: error: convert needs INPUT (see 'declutter convert --help')")]
    [InlineData(new[] { "convert", "a.txt", "--bogus" }, "declutter: error: unknown option '--bogus' (to name a file starting with '-', write ./--bogus or put it after --)")]
    [InlineData(new[] { "convert", "a.txt", "-t", "pdf" }, "declutter: error: Argument 'pdf' not recognized. Must be one of: 'json' 'docx' 'md' 'markdown' 'txt' 'text' 'jsonl' 'ndjson'")]
    [InlineData(new[] { "convert", "a.txt", "-o", "x.json", "--output-dir", "out" }, "declutter: error: -o and --output-dir cannot be used together")]
    [InlineData(new[] { "convert", "a.txt", "-j", "0" }, "declutter: error: --parallel must be at least 1")]
    [InlineData(new[] { "convert", "a.txt", "-j", "many" }, "declutter: error: --parallel: 'many' is not a whole number")]
    [InlineData(new[] { "convert", "missing.txt" }, "declutter: error: missing.txt: no such file or directory")]
    [InlineData(new[] { "convert", "a.txt", "-", "-" }, "declutter: error: stdin ('-') can be named only once")]
    [InlineData(new[] { "convert", "a.txt", "-o", "x.md", "--to", "json" }, "declutter: error: --to json conflicts with the extension of -o x.md (md)")]
    [InlineData(new[] { "convert", "a.txt", "-o", "x.pdf" }, "declutter: error: cannot tell the output format from 'x.pdf' (use .json, .docx, .md, .markdown, .txt, .jsonl or .ndjson, or give --to)")]
    [InlineData(new[] { "convert", "a.txt", "--config", "nope.json" }, "declutter: error: nope.json: config file not found")]
    [InlineData(new[] { "rules", "--config", "nope.json" }, "declutter: error: nope.json: config file not found")]
    public async Task InvocationErrorExitsTwoWithOneLine(string[] args, string expectedError)
    {
        var result = await CliRunner.RunAsync(_folder.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expectedError + "\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task SeveralInputsWithoutOutputDirAreRefused()
    {
        _folder.Write("b.txt", "Other\nBody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "b.txt"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: 2 inputs need --output-dir (or convert one input at a time)"], result.StderrLines);
    }

    [Fact]
    public async Task OutputFileWithSeveralInputsIsRefused()
    {
        _folder.Write("b.txt", "Other\nBody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "b.txt", "-o", "x.json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: -o takes exactly one input, got 2 (use --output-dir for several)"], result.StderrLines);
        Assert.False(_folder.Exists("x.json"));
    }

    [Fact]
    public async Task TitleWithSeveralInputsIsRefused()
    {
        _folder.Write("b.txt", "Other\nBody");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "b.txt", "--output-dir", "out", "--title", "T"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: --title applies to one input, got 2"], result.StderrLines);
        Assert.False(Directory.Exists(_folder.PathOf("out")));
    }

    [Fact]
    public async Task DocxToTerminalIsRefused()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--to", "docx"], stdoutIsTerminal: true);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: refusing to write docx to a terminal (use -o FILE or redirect stdout)"], result.StderrLines);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task DocxToTerminalIsRefusedAlsoWithExplicitDash()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--to", "docx", "-o", "-"], stdoutIsTerminal: true);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task FormatWithoutWriterIsAUsageError()
    {
        var services = FakeServices.Create() with { FindWriter = _ => null };

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--to", "md"], services: services);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: no writer is available for format 'md'"], result.StderrLines);
    }

    [Fact]
    public async Task StdinWithOutputDirIsRefused()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "-", "--output-dir", "out"], stdin: "Title\nBody");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: stdin ('-') cannot be used with --output-dir (use -o FILE)"], result.StderrLines);
    }

    [Fact]
    public async Task EmptyDirectoryIsAUsageError()
    {
        Directory.CreateDirectory(_folder.PathOf("empty"));
        _folder.Write("empty/notes.md", "# not walked");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "empty", "--output-dir", "out"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: empty: no .txt, .text, .html, .htm, .xhtml, .shtml files found in this directory"], result.StderrLines);
    }

    [Fact]
    public async Task OutputDirThatIsAFileIsAUsageError()
    {
        _folder.Write("out", "a file");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--output-dir", "out"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: --output-dir out: is a file, not a directory"], result.StderrLines);
        Assert.Equal("a file", _folder.Read("out"));
    }
}
