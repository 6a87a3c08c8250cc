using System.Text;
using Convert.Core;
using Convert.Core.Cleaning;
using Convert.Core.Validation;

namespace Convert.Tests.Validation;

/// <summary>Runs the validator on in-memory files with the built-in rules.</summary>
internal static class Validate
{
    public static ValidationSettings Settings(RuleSeverities? severities = null, int minWords = ValidationSettings.DefaultMinWords) => new()
    {
        Convert = ConversionPipeline.Default.Run,
        Clutter = new ClutterLookup(RuleSet.BuiltIn),
        Severities = severities ?? RuleSeverities.Defaults,
        MinWords = minWords,
    };

    public static IReadOnlyList<Finding> TextFile(string text, ValidationSettings? settings = null) =>
        FileValidator.Validate("a.txt", Encoding.UTF8.GetBytes(text), FileKind.Text, settings ?? Settings());

    public static IReadOnlyList<Finding> JsonFile(string json) =>
        FileValidator.Validate("a.json", Encoding.UTF8.GetBytes(json), FileKind.Json, Settings());

    public static IReadOnlyList<Finding> DocxFile(byte[] docx, Convert.Core.Model.Article? sibling = null) =>
        FileValidator.Validate("a.docx", docx, FileKind.Docx, Settings(), sibling);

    public static string[] Ids(this IEnumerable<Finding> findings, Severity? severity = null) =>
        findings.Where(f => severity is null || f.Severity == severity).Select(f => f.RuleId).ToArray();

    /// <summary>A clean article of about 90 words in scraped-text form.</summary>
    public const string CleanArticle = """
        How the River Town Rebuilt Its Harbour

        The harbour of the river town was rebuilt over three summers by the people who use it every day, and the work was paid for by a small levy on every boat that ties up at the quay.

        Fishermen, ferry crews and the sailing club each chose a part of the quay to rebuild, and the council lent them tools, a crane and an engineer who checked every stone before it was set.

        The new harbour opened in June, and the levy will now pay for its upkeep.

        """;
}
