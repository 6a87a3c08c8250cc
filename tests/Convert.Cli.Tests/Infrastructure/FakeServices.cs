using System.Text;
using Convert.Core;
using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Cli.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the core: a converter whose behaviour is driven by markers in the input text, fake writers for
/// every format, a two-rule rule set and a config loader that rejects configs containing "bad".
/// </summary>
internal static class FakeServices
{
    /// <summary>Input containing this fails with an <see cref="InputFormatException"/>.</summary>
    public const string BadMarker = "BAD";

    /// <summary>Input containing this makes the converter throw an unexpected exception.</summary>
    public const string CrashMarker = "CRASH";

    /// <summary>Input containing this gets a conversion warning.</summary>
    public const string WarnMarker = "WARN";

    public const string BadContentReason = "the input is not readable text";

    public const string WarningText = "author block could not be parsed";

    public static readonly IReadOnlyList<Rule> BuiltInRules =
    [
        new("share-button", "share", "Share buttons and their labels", RuleAction.Remove, RuleScope.Anywhere),
        new("comments", "comments", "Everything from the comment form on", RuleAction.Stop, RuleScope.Tail),
    ];

    public static readonly Rule UserRule = new("user-rule", "custom", "Added by the user config", RuleAction.Remove, RuleScope.Edges);

    public static CliServices Create(FakeWriter? replaceWriter = null) => new(
        CreateEngine,
        format => replaceWriter is not null && replaceWriter.Format == format ? replaceWriter : FakeWriter.Find(format),
        () => "{ \"title\": \"fake schema\" }");

    private static ConversionEngine CreateEngine(string? configJson)
    {
        if (configJson is not null && configJson.Contains("bad", StringComparison.Ordinal))
            throw new RuleConfigException("rules[0].action: 'explode' is not remove, stop or metadata");
        IReadOnlyList<Rule> rules = configJson is null ? BuiltInRules : [.. BuiltInRules, UserRule];
        return new ConversionEngine(rules, (input, options) => Convert(input, options, configJson is not null));
    }

    private static Convert.Core.Conversion Convert(ReadOnlySpan<byte> input, ConversionOptions options, bool userConfig)
    {
        var text = Encoding.UTF8.GetString(input);
        if (text.Contains(BadMarker, StringComparison.Ordinal))
            throw new InputFormatException(BadContentReason);
        if (text.Contains(CrashMarker, StringComparison.Ordinal))
            throw new InvalidOperationException("the fake converter crashed");

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Convert.Core.Conversion(new Article
        {
            Title = options.TitleOverride ?? lines.FirstOrDefault(),
            Body = lines.Skip(1).Select(line => (Block)new Paragraph(line, SourceSpan.None)).ToList(),
            Metadata = new ArticleMetadata { SourcePath = options.SourcePath, SiteName = userConfig ? "user-config" : null },
            Warnings = text.Contains(WarnMarker, StringComparison.Ordinal) ? [new Warning("fake", WarningText)] : [],
        }, text);
    }
}
