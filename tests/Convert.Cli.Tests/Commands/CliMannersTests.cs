using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>Mistakes get help: typo suggestions, "--", no .NET type names, a bare invocation, response files, completion.</summary>
public sealed class CliMannersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CliMannersTests() => _folder.Write("a.txt", "Title\nBody");

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_folder.Root, args);

    [Theory]
    [InlineData(new[] { "convrt", "a.txt" }, "declutter: error: unknown command 'convrt' (did you mean 'convert'?)")]
    [InlineData(new[] { "valdate", "a.txt", "-f", "json" }, "declutter: error: unknown command 'valdate' (did you mean 'validate'?)")]
    [InlineData(new[] { "convert", "a.txt", "--outptu", "x.md" }, "declutter: error: unknown option '--outptu' (did you mean '--output'?)")]
    [InlineData(new[] { "convert", "a.txt", "--outptu=x.md" }, "declutter: error: unknown option '--outptu' (did you mean '--output'?)")]
    [InlineData(new[] { "convert", "a.txt", "--out", "x.md" }, "declutter: error: unknown option '--out' (did you mean '--output' or '--output-dir'?)")]
    [InlineData(new[] { "validate", "a.txt", "--max-warning", "3" }, "declutter: error: unknown option '--max-warning' (did you mean '--max-warnings'?)")]
    [InlineData(new[] { "rules", "--confg", "x.json" }, "declutter: error: unknown option '--confg' (did you mean '--config'?)")]
    [InlineData(new[] { "--verson" }, "declutter: error: unknown option '--verson' (did you mean '--version'?)")]
    [InlineData(new[] { "schema", "extra" }, "declutter: error: unexpected argument 'extra' (see 'declutter schema --help')")]
    [InlineData(new[] { "convert", "a.txt", "--include" }, "declutter: error: --include needs a value (GLOB)")]
    [InlineData(new[] { "validate", "a.txt", "-f" }, "declutter: error: --output-format needs a value (text|json|sarif|junit|github|gitlab|concise)")]
    public async Task TyposGetOneLineWithTheNearestName(string[] args, string expected)
    {
        var result = await Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([expected], result.StderrLines);
        Assert.Empty(result.StdoutBytes);
    }

    [Fact]
    public async Task BareDeclutterPrintsAShortUsageAndPointsToHelp()
    {
        var result = await Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdoutBytes);
        Assert.Equal("declutter: error: no command given", result.StderrLines[0]);
        Assert.StartsWith("Usage: declutter convert INPUT...", result.StderrLines[1], StringComparison.Ordinal);
        Assert.Equal("See 'declutter --help', or 'declutter COMMAND --help' for a command's options.", result.StderrLines[^1]);
        Assert.True(result.StderrLines.Count <= 6);
    }

    [Fact]
    public async Task DoubleDashEndsTheOptionsSoAFileMayStartWithADash()
    {
        _folder.Write("-dash.txt", "Dash\nBody");

        var result = await Run("convert", "--to", "txt", "--", "-dash.txt");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("txt|Dash|", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDoubleDashAnOptionNameIsAFileName()
    {
        var result = await Run("convert", "a.txt", "--", "--output");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: --output: no such file or directory"], result.StderrLines);
    }

    [Theory]
    [InlineData("convert", "a.txt", "-j", "many")]
    [InlineData("validate", "a.txt", "--max-warnings", "lots")]
    [InlineData("validate", "a.txt", "--min-words", "1.5")]
    [InlineData("convert", "a.txt", "--parallel")]
    public async Task NoMessageNamesADotNetType(params string[] args)
    {
        var result = await Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("`", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.StderrLines);
    }

    [Theory]
    [InlineData("--output-format")]
    [InlineData("-f")]
    [InlineData("--format")]
    public async Task ValidateTakesOutputFormatWithMinusFAndTheOlderNameAsAliases(string option)
    {
        var result = await Run("validate", "a.txt", option, "json", "--min-words", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Stdout.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateHelpNamesOutputFormatAndSaysWhatMinusFIs()
    {
        var result = await Run("validate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--output-format <text|json|sarif|junit|github|gitlab|concise>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("-f for short", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResponseFileTakesOneArgumentPerLineSoPathsKeepTheirSpaces()
    {
        _folder.Write("my docs/an article.txt", "Spaced\nBody");
        _folder.Write("args.txt", "# what to convert\nmy docs/an article.txt\n\n  --to  \ntxt\r\n");

        var result = await Run("convert", "@args.txt");

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("txt|Spaced|", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingResponseFileIsAUsageErrorNamingIt()
    {
        var result = await Run("convert", "@missing.txt", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["declutter: error: @missing.txt: response file not found"], result.StderrLines);
    }

    [Theory]
    [InlineData("bash", "complete -o default -o bashdefault -F _declutter_complete declutter")]
    [InlineData("zsh", "compdef _declutter declutter")]
    [InlineData("fish", "complete -c declutter -f -a '(__declutter_complete)'")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName declutter")]
    public async Task CompletionPrintsAScriptThatAsksTheSuggestDirective(string shell, string registration)
    {
        var result = await Run("completion", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("[suggest:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(registration, result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownShellIsAUsageError()
    {
        var result = await Run("completion", "tcsh");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.Contains("'bash' 'zsh' 'fish' 'pwsh'", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conv", "convert")]
    [InlineData("convert --outp", "--output\n--output-dir")]
    [InlineData("convert --to m", "markdown\nmd")]
    [InlineData("convert --encoding windows-125", "windows-1250\nwindows-1251\nwindows-1252\nwindows-1253")]
    public async Task TheSuggestDirectiveTheScriptsCallCompletesCommandsOptionsAndValues(string line, string expected)
    {
        var result = await Run($"[suggest:{line.Length}]", line);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout.Trim().ReplaceLineEndings("\n"));
    }
}
