using Convert.Core.Reading;

namespace Convert.Core.Splitting;

/// <summary>
/// Separates a name line (and a role line under it) from the bio when the scrape kept them in one block
/// ("Jane Doe" / "Senior Fellow" / "Jane Doe is ..." with no blank lines between).
/// </summary>
internal static class AuthorBlockSplitter
{
    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>();
        foreach (var block in blocks)
        {
            var first = block.Lines[0];
            if (AuthorHeading.InlineBio(first) is { } bio)
            {
                // "About the author: Jane Doe is ..." reads as the heading followed by the bio.
                result.Add(new TextBlock(["About the author"], block.StartLine, block.StartLine));
                result.Add(new TextBlock([bio, .. block.Lines.Skip(1)], block.StartLine, block.EndLine));
                continue;
            }
            if (block.Lines.Count == 1 || (NameLine.TryParse(first) is null && !AuthorHeading.Matches(first)))
            {
                result.Add(block);
                continue;
            }
            var taken = 1;
            if (!AuthorHeading.Matches(first) && RoleLine.IsRole(block.Lines[1]))
            {
                taken = 2;
            }
            for (var i = 0; i < taken; i++)
            {
                result.Add(new TextBlock([block.Lines[i]], block.StartLine + i, block.StartLine + i));
            }
            if (taken < block.Lines.Count)
            {
                result.Add(new TextBlock(block.Lines.Skip(taken).ToList(), block.StartLine + taken, block.EndLine));
            }
        }
        return result;
    }
}
