using Convert.Core;
using Convert.Core.Cleaning;
using Convert.Core.Writing;

namespace Convert.Cli;

/// <summary>The cleaning rules in effect and a converter that applies them.</summary>
internal sealed record ConversionEngine(IReadOnlyList<Rule> Rules, ArticleConverter Convert)
{
    /// <summary>The HTML rules in effect (class, id and role names), listed after the text rules.</summary>
    public IReadOnlyList<HtmlRule> HtmlRules { get; init; } = [];

    /// <summary>The pipeline behind <see cref="Convert"/>, for inputs read record by record (JSONL); null in engines that have none.</summary>
    public ConversionPipeline? Pipeline { get; init; }
}

/// <summary>
/// The core operations the CLI calls. <see cref="Default"/> wires the real library; tests pass fakes so the CLI's own
/// behaviour (arguments, files, exit codes) can be tested without depending on conversion results.
/// </summary>
/// <param name="CreateEngine">Builds the engine from a user config's JSON text, or the built-in rules for null.
/// Throws <see cref="RuleConfigException"/> for a bad config.</param>
/// <param name="FindWriter">The writer for a canonical format name (json, docx, md, txt), or null.</param>
/// <param name="SchemaText">The JSON Schema of the JSON output.</param>
internal sealed record CliServices(
    Func<string?, ConversionEngine> CreateEngine,
    Func<string, IArticleWriter?> FindWriter,
    Func<string> SchemaText)
{
    public static CliServices Default { get; } = new(CreateRealEngine, ArticleWriters.Find, () => ArticleJsonSchema.Text);

    private static ConversionEngine CreateRealEngine(string? configJson)
    {
        var rules = configJson is null ? RuleSet.BuiltIn : RuleSet.Load(configJson);
        var pipeline = new ConversionPipeline(rules);
        return new ConversionEngine(rules.Rules, pipeline.Run) { HtmlRules = rules.HtmlRules, Pipeline = pipeline };
    }
}
