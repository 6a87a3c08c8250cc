using Convert.Core.Reading;
using Convert.Core.Model;

namespace Convert.Core.Validation;

/// <summary>Checks one file by its kind and returns its findings. Holds nothing between files.</summary>
public static class FileValidator
{
    /// <param name="file">The file's name in findings.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="kind">Which checks to run.</param>
    /// <param name="settings">Cleaning rules, severities and thresholds.</param>
    /// <param name="sibling">For Word documents, the article of the JSON beside it, if any.</param>
    public static IReadOnlyList<Finding> Validate(string file, byte[] content, FileKind kind, ValidationSettings settings, Article? sibling = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        var findings = new FindingCollector(file, settings.Severities);
        switch (kind)
        {
            case FileKind.Text:
                ScrapedInputChecker.Check(content, InputFormat.Text, settings, findings);
                break;
            case FileKind.Html:
                ScrapedInputChecker.Check(content, InputFormat.Html, settings, findings);
                break;
            case FileKind.Json:
                JsonOutputChecker.Check(content, settings, findings);
                break;
            case FileKind.Docx:
                using (var stream = new MemoryStream(content, writable: false))
                    DocxOutputChecker.Check(stream, sibling, settings, findings);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind.");
        }
        return findings.Findings;
    }
}
