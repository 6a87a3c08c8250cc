using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Finds author material at the very end of the body when no end-of-body marker announced it: the longest run of
/// final blocks that the strict author parser reads completely. A bio-like paragraph in the middle of the body is
/// never taken, because everything after it must be author material too.
/// </summary>
internal static class TrailingAuthorFinder
{
    /// <summary>How many final body blocks may be author material.</summary>
    public const int MaxBlocks = 12;

    /// <returns>Where the author material starts in <paramref name="body"/> and what it held; null when there is none.</returns>
    public static (int Start, AuthorSection Section)? Find(IReadOnlyList<SourceBlock> body, IReadOnlyList<PersonName> bylineNames)
    {
        (int, AuthorSection)? best = null;
        // The words before the cut point: the whole body's, less each block the cut point passes.
        var earlier = BodyVocabulary.Of(body);
        // The body keeps at least one block.
        for (var start = body.Count - 1; start >= Math.Max(1, body.Count - MaxBlocks); start--)
        {
            earlier.Remove(body[start]);
            if (!CanOpenAuthorSection(body[start]))
            {
                continue; // the parser would hand this block back as body, so the section could not start here
            }
            var parser = new AuthorSectionParser(new AuthorEvidence(bylineNames, earlier), strict: true);
            var section = parser.Parse(body.Skip(start).ToList());
            if (section.Authors.Count > 0 && section.NotAuthorBlocks.Count == 0)
            {
                best = (start, section);
            }
        }
        return best;
    }

    // Only a heading, a name line or a bio sentence can open a section; checking that first spares parsing the
    // rest of the body from every ordinary paragraph near the end.
    private static bool CanOpenAuthorSection(SourceBlock block) =>
        AuthorHeading.Matches(block.Line(0)) || AuthorHeading.InlineBio(block.Line(0)) is not null
        || NameLine.TryParse(block.Line(0)) is not null
        || BioSentence.TryGetSubject(block.Text) is not null;
}
