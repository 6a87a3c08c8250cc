using System.Text.Json.Nodes;
using Convert.Cli.Tests.Infrastructure;
using Convert.Cli.Tests.Validate;

namespace Convert.Cli.Tests.Commands;

/// <summary>A comment thread from the command line: convert removes it, validate fails on one left in a body.</summary>
public sealed class CommentThreadCliTests : IDisposable
{
    private const string Article = """
        How We Rebuilt the Old Mill Bridge

        The old mill bridge had carried carts, cars and school children over the river for more than a century before it closed.

        The masons numbered each of the four hundred facing stones, took them down and set them back on a new core.

        2 Comments

        Margaret Ellison says:
        March 3, 2025 at 9:12 am

        I walked over it this morning with my grandson, and it looks just as it did when I was a girl.

        Reply

        """;

    private readonly ValidateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ConvertRemovesTheThreadAndValidatePassesTheOutput()
    {
        _folder.WithText("in/bridge.txt", Article);

        var convert = await CliRunner.RunAsync(_folder.Root, ["convert", "in/bridge.txt", "-o", "bridge.json"], services: CliServices.Default);
        Assert.Equal(0, convert.ExitCode);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder.Root, "bridge.json")))!;
        Assert.Equal(2, json["body"]!.AsArray().Count);
        Assert.Contains(json["removals"]!.AsArray(), r => r!["category"]!.GetValue<string>() == "comments"
            && r["text"]!.GetValue<string>().StartsWith("I walked over it", StringComparison.Ordinal));

        var validate = await _folder.Run("bridge.json", "-f", "concise", "--select", "comments-in-body");
        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public async Task ValidateFailsOnAThreadLeftInTheBodyOfAnOlderOutput()
    {
        _folder.WithText("bridge.txt", Article[..Article.IndexOf("2 Comments", StringComparison.Ordinal)]);
        var convert = await CliRunner.RunAsync(_folder.Root, ["convert", "bridge.txt", "-o", "old.json"], services: CliServices.Default);
        Assert.Equal(0, convert.ExitCode);
        var path = Path.Combine(_folder.Root, "old.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var text in new[] { "Margaret Ellison says: March 3, 2025 at 9:12 am", "I walked over it this morning with my grandson." })
            json["body"]!.AsArray().Add(new JsonObject { ["type"] = "paragraph", ["text"] = text, ["source"] = new JsonObject { ["startLine"] = 9, ["endLine"] = 9 } });
        File.WriteAllText(path, json.ToJsonString());

        var result = await _folder.Run("old.json", "-f", "concise", "--select", "comments-in-body");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(" comments-in-body ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRuleIsExplained()
    {
        var result = await CliRunner.RunAsync(_folder.Root, ["rules", "comments-in-body"], services: CliServices.Default);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Default severity: error", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("docs/ci.md#comments-in-body", result.Stdout, StringComparison.Ordinal);
    }
}
