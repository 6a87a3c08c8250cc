using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>One input: stdout by default, -o FILE, format choice, title, stdin, overwrite protection.</summary>
public sealed class ConvertSingleInputTests : IDisposable
{
    private const string Input = "Tomatoes\nPlant in spring.\nWater often.";
    private readonly TempFolder _folder = new();

    public ConvertSingleInputTests() => _folder.Write("a.txt", Input);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DefaultIsJsonOnStdoutAndNothingOnStderr()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("json", "Tomatoes", "a.txt", "Plant in spring.", "Water often."), result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Theory]
    [InlineData("json", "json")]
    [InlineData("md", "md")]
    [InlineData("markdown", "md")]
    [InlineData("txt", "txt")]
    [InlineData("text", "txt")]
    public async Task ToPicksTheWriter(string to, string expectedFormat)
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--to", to]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(expectedFormat + "|", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocxGoesToRedirectedStdoutAsRawBytes()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-t", "docx"], stdoutIsTerminal: false);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.BinaryMagic, result.StdoutBytes[..4]);
    }

    [Fact]
    public async Task TextFormatGoesToTerminal()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt"], stdoutIsTerminal: true);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("json|Tomatoes|", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("out.json", "json")]
    [InlineData("out.docx", "docx")]
    [InlineData("out.md", "md")]
    [InlineData("out.markdown", "md")]
    [InlineData("out.txt", "txt")]
    [InlineData("OUT.MD", "md")]
    public async Task OutputFileExtensionPicksTheFormat(string outputFile, string expectedFormat)
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", outputFile]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StdoutBytes);
        Assert.Equal(["1 converted, 0 failed"], result.StderrLines);
        Assert.Contains(expectedFormat + "|Tomatoes|a.txt", _folder.Read(outputFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToWithAnUnknownOutputExtensionIsAllowed()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.data", "--to", "txt"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("txt", "Tomatoes", "a.txt", "Plant in spring.", "Water often."), _folder.Read("out.data"));
    }

    [Fact]
    public async Task ToAgreeingWithTheExtensionIsAllowed()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.markdown", "--to", "md"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("md|", _folder.Read("out.markdown"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputFileCreatesMissingFolders()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "deep/er/out.json"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(_folder.Exists("deep/er/out.json"));
    }

    [Fact]
    public async Task DashOutputMeansStdout()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "-", "-t", "md"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("md", "Tomatoes", "a.txt", "Plant in spring.", "Water often."), result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task StdinIsReadForDash()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "-"], stdin: "From stdin\nLine");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("json", "From stdin", "-", "Line"), result.Stdout);
    }

    [Fact]
    public async Task StdinCanBeWrittenToAFile()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "-", "-o", "out.txt"], stdin: "From stdin\nLine");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("txt", "From stdin", "-", "Line"), _folder.Read("out.txt"));
    }

    [Fact]
    public async Task TitleOverridesTheTitle()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "--title", "Growing Tomatoes"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("json|Growing Tomatoes|a.txt|", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplicitFileIsTakenWhateverItsExtension()
    {
        _folder.Write("page.html", "Html page\nText");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "page.html"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("json", "Html page", "page.html", "Text"), result.Stdout);
    }

    [Fact]
    public async Task ExistingOutputWithoutForceFailsAndIsUntouched()
    {
        _folder.Write("out.json", "precious");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.json"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["declutter: error: a.txt: output out.json already exists (use --force to overwrite)", "0 converted, 1 failed"],
            result.StderrLines);
        Assert.Equal("precious", _folder.Read("out.json"));
    }

    [Fact]
    public async Task ExistingOutputWithForceIsReplaced()
    {
        _folder.Write("out.json", "old");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.json", "--force"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FakeWriter.Expected("json", "Tomatoes", "a.txt", "Plant in spring.", "Water often."), _folder.Read("out.json"));
        Assert.Equal(["a.txt", "out.json"], _folder.AllFiles());
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("./a.txt")]
    [InlineData("sub/../a.txt")]
    public async Task OutputOverTheInputIsRefusedEvenWithForce(string outputFile)
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", outputFile, "--to", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["declutter: error: a.txt: refusing to write over input file a.txt", "0 converted, 1 failed"], result.StderrLines);
        Assert.Equal(Input, _folder.Read("a.txt"));
    }

    [Fact]
    public async Task OutputOverTheTargetOfAnInputSymlinkIsRefused()
    {
        File.CreateSymbolicLink(_folder.PathOf("link.txt"), _folder.PathOf("a.txt"));

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "link.txt", "-o", "a.txt", "--to", "txt", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("declutter: error: link.txt: refusing to write over input file link.txt", result.StderrLines[0]);
        Assert.Equal(Input, _folder.Read("a.txt"));
    }

    [Fact]
    public async Task OutputThatIsADirectoryFails()
    {
        Directory.CreateDirectory(_folder.PathOf("taken.json"));

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "taken.json", "--force"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("declutter: error: a.txt: output taken.json is a directory", result.StderrLines[0]);
    }

    [Fact]
    public async Task BadContentFailsWithTheReaderReason()
    {
        _folder.Write("bad.txt", "BAD bytes");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "bad.txt"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"declutter: error: bad.txt: {FakeServices.BadContentReason}"], result.StderrLines);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task InputOverTheSizeLimitFailsWithoutBeingConverted()
    {
        _folder.Write("big.txt", "0123456789ABCDEF CRASH if read");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "big.txt"], maxInputBytes: 16);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["declutter: error: big.txt: input is too large (30 bytes; the limit is 16 bytes)"], result.StderrLines);
    }

    [Fact]
    public async Task StdinOverTheSizeLimitFails()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "-"], stdin: new string('x', 200), maxInputBytes: 100);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["declutter: error: <stdin>: input is too large (more than the limit of 100 bytes)"], result.StderrLines);
    }

    [Fact]
    public async Task DefaultSizeLimitRefusesA257MiBFile()
    {
        // Sparse on common file systems, so the test writes almost nothing to disk.
        using (var file = File.Create(_folder.PathOf("huge.txt")))
            file.SetLength(257L * 1024 * 1024);

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "huge.txt"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["declutter: error: huge.txt: input is too large (257 MiB; the limit is 256 MiB)"], result.StderrLines);
    }

    [Fact]
    public async Task WarningsGoToStderrUnlessQuiet()
    {
        _folder.Write("warn.txt", "Title\nWARN body");

        var loud = await CliRunner.RunAsync(_folder.Root, ["convert", "warn.txt"]);
        var quiet = await CliRunner.RunAsync(_folder.Root, ["convert", "warn.txt", "-q"]);

        Assert.Equal(0, loud.ExitCode);
        Assert.Equal([$"declutter: warning: warn.txt: {FakeServices.WarningText}"], loud.StderrLines);
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stderr);
        Assert.Equal(loud.Stdout, quiet.Stdout);
    }

    [Fact]
    public async Task QuietHidesTheSummaryButNotErrors()
    {
        _folder.Write("out.json", "exists");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "out.json", "--quiet"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["declutter: error: a.txt: output out.json already exists (use --force to overwrite)"], result.StderrLines);
    }
}
