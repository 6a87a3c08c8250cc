using System.Text.Json;
using System.Text.RegularExpressions;
using Convert.Cli.Tests.Infrastructure;
using Convert.Cli.Tests.Validate;
using Json.Schema;

namespace Convert.Cli.Tests.Config;

/// <summary><c>declutter schema --config</c>, and the example configs of the README and docs/ci.md against it.</summary>
public sealed partial class ConfigSchemaCommandTests : IDisposable
{
    private static readonly string[] ConfigKeys = ["$schema", "cleaning", "rules", "overrides"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, int> DocumentedConfigs()
    {
        var data = new TheoryData<string, int>();
        foreach (var doc in new[] { "README.md", "docs/ci.md" })
        {
            var text = File.ReadAllText(Path.Combine(ValidateFolder.RepoRoot, doc));
            var index = 0;
            foreach (Match block in JsonBlock().Matches(text))
            {
                using var json = JsonDocument.Parse(block.Groups[1].Value);
                if (json.RootElement.EnumerateObject().All(p => ConfigKeys.Contains(p.Name)))
                    data.Add(doc, index);
                index++;
            }
        }
        return data;
    }

    [Fact]
    public async Task SchemaConfigPrintsTheConfigSchema()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["schema", "--config"]);

        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.StdoutBytes);
        Assert.Equal("declutter.json", schema.RootElement.GetProperty("title").GetString());
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("overrides", out _));
    }

    [Fact]
    public void TheDocsHaveSeveralExampleConfigs()
    {
        Assert.True(DocumentedConfigs().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(DocumentedConfigs))]
    public async Task EveryDocumentedConfigMatchesTheSchemaAndLoads(string doc, int blockIndex)
    {
        var text = File.ReadAllText(Path.Combine(ValidateFolder.RepoRoot, doc));
        var config = JsonBlock().Matches(text)[blockIndex].Groups[1].Value;
        var schemaText = (await CliRunner.RunAsync(_folder.Root, ["schema", "--config"])).Stdout;
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var instance = JsonDocument.Parse(config);

        Assert.True(schema.Evaluate(instance.RootElement).IsValid, $"{doc} block {blockIndex} does not match the schema");
        _folder.Write("example.json", config);
        var loaded = await CliRunner.RunAsync(_folder.Root, ["config", "--config", "example.json"], services: CliServices.Default);
        Assert.Equal("", loaded.Stderr);
        Assert.Equal(0, loaded.ExitCode);
    }

    [GeneratedRegex("```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
