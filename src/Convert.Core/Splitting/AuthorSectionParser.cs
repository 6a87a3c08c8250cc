using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Reads author material block by block: "About the author" headings, name lines, role lines, bio paragraphs
/// and their continuations, and bio paragraphs that name their subject without a name line. Repeated
/// name / role / bio groups give several authors. Anything else is handed back as not author material.
/// </summary>
/// <remarks>
/// Lenient mode is for the tail after an end-of-body marker, where author material is expected. Strict mode is for
/// the end of the body with no marker, where a paragraph must prove it is a bio (a matching byline, a role line,
/// bio wording) before it leaves the body.
/// </remarks>
internal sealed class AuthorSectionParser(AuthorEvidence evidence, bool strict)
{
    private const int MaxTaglineWords = 30;

    public AuthorSection Parse(IReadOnlyList<SourceBlock> input)
    {
        var blocks = AuthorBlockSplitter.Split(input);
        var authors = new List<AuthorDraft>();
        var notAuthor = new List<SourceBlock>();
        AuthorDraft? current = null;
        var afterHeading = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (evidence.HeadingBetween(i > 0 ? blocks[i - 1].Ordinal : -1, blocks[i].Ordinal))
            {
                afterHeading = true;
                current = null;
            }
            var text = blocks[i].Text;
            var next = i + 1 < blocks.Count ? blocks[i + 1].Text : null;
            // A role line directly under a name wins over a heading: "Contributor" under "Dan Delta" is a role.
            if (current is { Role: null, Bio.Count: 0 } && RoleLine.IsRole(text))
            {
                current.Role = text;
            }
            else if (current is not null && HandleExtractor.AsLinkLine(text) is { } link)
            {
                current.AddLink(link);
            }
            else if (AuthorHeading.Matches(text))
            {
                afterHeading = true;
                current = null;
            }
            else if (NotBioLine.Matches(text))
            {
                notAuthor.Add(blocks[i]);
                current = null;
            }
            else if (TryNameLine(blocks[i], next, afterHeading) is { } person)
            {
                current = new AuthorDraft(person) { UnderHeading = afterHeading };
                authors.Add(current);
            }
            else if (current is not null && (current.Bio.Count == 0 ? IsFirstBio(text, current) : BioContinuation.Continues(text, current.Person)))
            {
                current.AddBio(text);
                current.AdoptHonorific(BioSentence.TryGetSubject(text)?.Honorific);
            }
            else if (TryBioSentence(text, afterHeading) is { } subject)
            {
                current = new AuthorDraft(subject);
                current.AddBio(text);
                authors.Add(current);
            }
            else
            {
                notAuthor.Add(blocks[i]);
                current = null;
            }
        }
        return new AuthorSection(authors, notAuthor, []);
    }

    private PersonName? TryNameLine(SourceBlock block, string? next, bool afterHeading)
    {
        if (block.Lines.Count != 1 || NameLine.TryParse(block.Text) is not { } person)
        {
            return null;
        }
        if (evidence.IsBylineAuthor(person) || block.Text.TrimStart().StartsWith("About ", StringComparison.Ordinal))
        {
            return person;
        }
        if (next is not null && (RoleLine.IsRole(next) || BioContinuation.OpensAsSubject(next, person)))
        {
            return strict && !RoleLine.IsRole(next) && evidence.IsNamedInBody(person) ? null : person;
        }
        if (strict)
        {
            return null;
        }
        // In the tail, menus and headline lists look like names too ("Legal Notices", "Middle East"): a name that is
        // not followed by a role or by a bio about them is trusted only under an author heading or with an honorific,
        // and then may stand alone, sit in a list of names, or sit above a tagline.
        if (!afterHeading && person.Honorific is null)
        {
            return next is not null && (BioContinuation.StartsWithPronoun(next) || IsSentenceTagline(next)) && BioSentence.HasBioCues(next)
                ? person
                : null;
        }
        return next is null || NameLine.TryParse(next) is not null || IsTagline(next) || BioSentence.HasBioCues(next)
            ? person
            : null;
    }

    private bool IsFirstBio(string text, AuthorDraft author)
    {
        if (BioContinuation.StartsWithPerson(text, author.Person) || BioContinuation.StartsWithPronoun(text)
            || BioContinuation.Mentions(text, author.Person))
        {
            return true;
        }
        // A tagline with no subject ("Senior editor at X.") is a bio only where the name line was already trusted.
        var trusted = author.Role is not null || author.Person.Honorific is not null || author.UnderHeading
            || evidence.IsBylineAuthor(author.Person);
        return (trusted && ((IsTagline(text) && (text.TrimEnd().EndsWith('.') || BioSentence.HasBioCues(text))) || BioSentence.HasBioCues(text)))
            || (IsSentenceTagline(text) && BioSentence.HasBioCues(text));
    }

    // "Freelance writer and graphic designer.": short, and written as a sentence, unlike menu and headline lines.
    private static bool IsSentenceTagline(string text) => IsTagline(text) && text.TrimEnd().EndsWith('.');

    private PersonName? TryBioSentence(string text, bool afterHeading)
    {
        if (BioSentence.TryGetSubject(text) is not { } subject)
        {
            return null;
        }
        if (afterHeading || evidence.IsBylineAuthor(subject) || (!strict && BioSentence.HasBioCues(text)))
        {
            return subject;
        }
        return evidence.BylineNames.Count == 0 && BioSentence.HasBioCues(text) && !evidence.IsNamedInBody(subject)
            ? subject
            : null;
    }

    private static bool IsTagline(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTaglineWords;
}
