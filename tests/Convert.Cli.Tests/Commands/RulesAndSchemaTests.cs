using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>The rules table, config loading (explicit and discovered) and the schema command.</summary>
public sealed class RulesAndSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RulesPrintsAnAlignedTable()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["rules"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(
            """
            Cleaning rules (what convert removes):

            ID            CATEGORY  ACTION  SCOPE     DESCRIPTION
            share-button  share     remove  anywhere  Share buttons and their labels
            comments      comments  stop    tail      Everything from the comment form on

            Validation rules (what validate reports):

            ID                    SEVERITY  FILES        DESCRIPTION
            unreadable            error     all          The file cannot be read
            """.ReplaceLineEndings("\n"),
            result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task RulesAppliesTheGivenConfig()
    {
        _folder.Write("my-rules.json", "{ \"cleaning\": { \"add\": [] } }");

        var result = await CliRunner.RunAsync(_folder.Root, ["rules", "--config", "my-rules.json"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("user-rule     custom    remove  edges     Added by the user config\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesDiscoversDeclutterJsonInTheCurrentFolder()
    {
        _folder.Write("declutter.json", "{ }");

        var result = await CliRunner.RunAsync(_folder.Root, ["rules"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("user-rule", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConfigExitsTwoNamingTheFile()
    {
        // A config the checker accepts but the engine refuses (the fake engine refuses any config that says "bad").
        _folder.Write("declutter.json", "{ \"$schema\": \"bad\" }");

        var rules = await CliRunner.RunAsync(_folder.Root, ["rules"]);

        Assert.Equal(2, rules.ExitCode);
        Assert.Equal(["declutter: error: declutter.json: rules[0].action: 'explode' is not remove, stop or metadata"], rules.StderrLines);
        Assert.Empty(rules.StdoutBytes);
    }

    [Fact]
    public async Task BadConfigStopsConvertBeforeAnyWork()
    {
        _folder.Write("a.txt", "A\nbody");
        _folder.Write("cfg/bad.json", "bad");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt", "-o", "a.json", "--config", "cfg/bad.json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("declutter: error: cfg/bad.json: invalid JSON at line 1: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.False(_folder.Exists("a.json"));
    }

    [Fact]
    public async Task ConvertUsesTheDiscoveredConfig()
    {
        _folder.Write("a.txt", "A\nbody");
        _folder.Write("declutter.json", "{ }");

        var result = await CliRunner.RunAsync(_folder.Root, ["convert", "a.txt"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("json|A|a.txt|user-config|body", result.Stdout);
    }

    [Fact]
    public async Task SchemaPrintsTheSchemaTextWithAFinalNewline()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["schema"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{ \"title\": \"fake schema\" }" + Environment.NewLine, result.Stdout);
        Assert.Equal("", result.Stderr);
    }
}
