using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Cleaning;

/// <summary>Gathers what Metadata and tag rules take out of the text: the republication note and tag terms.</summary>
internal sealed partial class MetadataCollector
{
    private readonly List<string> _tags = [];
    private readonly HashSet<string> _seenTags = new(StringComparer.OrdinalIgnoreCase);
    private string? _republishedFrom;
    private string? _republishedNote;

    public void Add(LineMatch match)
    {
        switch (match.Rule.Extract)
        {
            case RuleExtract.Tags:
                var terms = match.Groups?.Groups["terms"];
                if (terms is { Success: true })
                    AddTerms(terms.Value);
                break;
            case RuleExtract.Republication when _republishedNote is null:
                _republishedNote = match.Text;
                _republishedFrom = SourceOf(match);
                break;
        }
    }

    /// <summary>Adds comma-separated terms, skipping duplicates (case-insensitive).</summary>
    public void AddTerms(string text)
    {
        foreach (var term in BlockShape.SplitTerms(text))
        {
            if (_seenTags.Add(term))
                _tags.Add(term);
        }
    }

    /// <summary>True when the last tag rule match carried no terms of its own.</summary>
    public static bool HasTerms(LineMatch match) => match.Groups?.Groups["terms"] is { Success: true, Length: > 0 };

    public ArticleMetadata Build() => ArticleMetadata.Empty with
    {
        Tags = _tags.ToArray(),
        RepublishedFrom = _republishedFrom,
        RepublishedNote = _republishedNote,
    };

    // The URL when the note has one, else the site name the pattern captured as "source".
    private static string? SourceOf(LineMatch match)
    {
        var url = Url().Match(match.Text);
        if (url.Success)
            return url.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?');
        var source = match.Groups?.Groups["source"];
        return source is { Success: true } ? source.Value.Trim().TrimEnd('.', ',', ';', ':') : null;
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
