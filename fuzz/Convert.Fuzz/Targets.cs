using Convert.Core;
using Convert.Core.Cleaning;
using Convert.Core.Limits;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Validation;
using Convert.Core.Writing;
using Convert.Core.Writing.Json;

namespace Convert.Fuzz;

/// <summary>
/// What each fuzz target does with AFL's bytes. The exceptions an input may legitimately cause (refused input,
/// invalid JSON) are caught; anything else escapes and AFL records a crash, as does a hang past its timeout.
/// </summary>
internal static class Targets
{
    // Built on first use: instrumented library code must not run before the fuzzer has set up its shared memory.
    private static readonly Lazy<ValidationSettings> LazySettings = new(() => new()
    {
        Convert = ConversionPipeline.Default.Run,
        Clutter = new ClutterLookup(RuleSet.BuiltIn),
        Severities = RuleSeverities.Defaults,
        MinWords = ValidationSettings.DefaultMinWords,
    });

    private static ValidationSettings Settings => LazySettings.Value;

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["text"] = bytes => Refused(() => Convert(bytes, InputFormat.Text)),
        ["html"] = bytes => Refused(() => Convert(bytes, InputFormat.Html)),
        ["json"] = bytes => Refused(() => JsonArticleReader.Read(new MemoryStream(bytes))),
        ["docx-check"] = bytes => FileValidator.Validate("fuzz.docx", bytes, FileKind.Docx, Settings),
        ["json-check"] = bytes => FileValidator.Validate("fuzz.json", bytes, FileKind.Json, Settings),
        ["pipeline-json"] = bytes => Refused(() => Write(Convert(bytes, InputFormat.Auto), "json")),
        ["pipeline-docx"] = bytes => Refused(() => Write(Convert(bytes, InputFormat.Auto), "docx")),
    };

    private static Article Convert(byte[] bytes, InputFormat format) =>
        ControlCharacterGuard.Clean(ConversionPipeline.Default.Convert(bytes, new ConversionOptions { SourcePath = "fuzz", Format = format }));

    private static void Write(Article article, string format)
    {
        using var output = new MemoryStream();
        ArticleWriters.Find(format)!.Write(article, output, WriterOptions.Default);
        if (format == "docx")
        {
            // What the tool writes must pass its own checks without crashing them.
            FileValidator.Validate("fuzz.docx", output.ToArray(), FileKind.Docx, Settings, article);
        }
    }

    private static void Refused(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is InputFormatException or JsonArticleFormatException or LimitExceededException)
        {
            // A refused input is the right answer.
        }
    }
}
