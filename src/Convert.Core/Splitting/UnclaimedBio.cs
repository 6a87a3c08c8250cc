using System.Text.RegularExpressions;
using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// An author section that names nobody the parser can read ("Devindra has been obsessed with technology...", a name
/// in lower-case particles, "Mark di Stefano is..."), on a page whose byline names exactly one person: its prose that
/// names that person or goes on about them ("He", "She", "They") is that person's bio, not body. A bio found in an
/// author box is never put back in the body for want of a name line.
/// </summary>
internal static partial class UnclaimedBio
{
    public static (AuthorDraft Author, List<SourceBlock> Remaining)? Claim(IReadOnlyList<PersonName> bylineNames, IReadOnlyList<SourceBlock> blocks)
    {
        if (bylineNames.Count != 1 || blocks.Count == 0)
            return null;
        var person = bylineNames[0];
        var draft = new AuthorDraft(person);
        var rest = new List<SourceBlock>();
        foreach (var block in blocks)
        {
            if (IsAbout(block.Text, person))
                draft.AddBio(string.Join(" ", block.Lines.Select(l => l.Text.Trim())));
            else
                rest.Add(block);
        }
        return draft.Bio.Count == 0 ? null : (draft, rest);
    }

    private static bool IsAbout(string text, PersonName person)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count < 5)
            return false;
        return words.Take(8).Any(w => w == person.FirstName || w == person.Surname) || Pronoun().IsMatch(text);
    }

    [GeneratedRegex(@"[\p{L}\p{M}'’\-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:He|She|They)\s+(?:is|was|has|writes|covers|works|lives)\b")]
    private static partial Regex Pronoun();
}
