using Convert.Core.Cleaning;
using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Splits cleaned blocks into an <see cref="Article"/>: title, byline and date from the top; author names, roles and
/// bios from the tail (after an end-of-body marker) and from the end of the body; the rest is body, kept as the reader
/// built it (HTML) or structured from the text (paragraphs, headings, lists and quotes). When a block cannot be placed
/// with confidence it stays in the body and a warning says so: article text is never dropped.
/// </summary>
public static class ArticleSplitter
{
    /// <param name="cleaned">What cleaning left.</param>
    /// <param name="options">Title override and what is known from outside the text.</param>
    public static Article Split(CleanedText cleaned, SplitOptions options)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(options);
        var blocks = cleaned.Blocks;
        var tailStart = Math.Clamp(cleaned.TailStart, 0, blocks.Count);
        var head = ArticleHead.Read(blocks, tailStart, options.DetectTitle);
        var byline = head.Byline ?? KnownByline(options.KnownByline);
        var bylineNames = byline?.Names ?? [];
        var warnings = new List<Warning>(cleaned.Warnings);

        var body = Enumerable.Range(0, tailStart).Where(i => !head.ConsumedBlocks.Contains(i)).Select(i => blocks[i]).ToList();
        var authors = new List<AuthorDraft>();
        if (TrailingAuthorFinder.Find(body, bylineNames) is { } trailing)
        {
            authors.AddRange(trailing.Section.Authors);
            body.RemoveRange(trailing.Start, body.Count - trailing.Start);
        }

        var tail = blocks.Skip(tailStart).ToList();
        if (tail.Count > 0)
        {
            var evidence = new AuthorEvidence(bylineNames, BodyVocabulary.Of(body))
            {
                AuthorHeadingOrdinals = cleaned.Removed.Where(r => r.Removal.Category == AuthorHeading.RuleCategory).Select(r => r.Ordinal).ToList(),
            };
            var section = new AuthorSectionParser(evidence, strict: false).Parse(tail);
            authors.AddRange(section.Authors);
            var notAuthor = section.NotAuthorBlocks;
            var sectionAuthors = section.Authors.Count;
            if (sectionAuthors == 0 && UnclaimedBio.Claim(bylineNames, notAuthor) is { } claimed)
            {
                authors.Add(claimed.Author);
                notAuthor = claimed.Remaining;
                sectionAuthors++;
            }
            body.AddRange(notAuthor);
            if (notAuthor.Count > 0)
            {
                warnings.Add(new Warning(WarningCodes.KeptInBody,
                    $"Text after the end of the article was not recognised as author information and was kept in the body ({SourcePlaces.List(notAuthor.Select(b => b.Source).ToList())}).",
                    notAuthor[0].Source));
            }
            if (sectionAuthors == 0)
            {
                var span = SourcePlaces.Spanning(tail[0].Source, tail[^1].Source);
                warnings.Add(new Warning(WarningCodes.AuthorSectionWithoutAuthor, $"The author section at {SourcePlaces.Describe(span)} gave no author.", span));
            }
        }

        var metadata = cleaned.Metadata with
        {
            Byline = byline?.Raw ?? cleaned.Metadata.Byline,
            // A known byline's date counts like one on a byline line of the text.
            Published = head.Published ?? byline?.Published ?? cleaned.Metadata.Published,
        };
        return new Article
        {
            Title = string.IsNullOrWhiteSpace(options.TitleOverride) ? head.Title : options.TitleOverride.Trim(),
            Subtitle = head.Subtitle,
            Body = BodyStructurer.Structure(body),
            Authors = AuthorMerger.Merge(byline, authors),
            Metadata = metadata,
            Removals = cleaned.Removals,
            NearMisses = cleaned.NearMisses,
            Warnings = warnings,
        };
    }

    private static Byline? KnownByline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        // As written first ("By Jane Doe", "Von Katrin Wolff"), else as names alone ("Jane Doe, John Roe").
        var parsed = BylineParser.TryParse(trimmed) ?? BylineParser.TryParse("By " + trimmed);
        return parsed is null ? null : parsed with { Raw = trimmed };
    }
}
