using Convert.Core.Model;

namespace Convert.Core.Splitting;

/// <summary>
/// Separates a name line (and a role line under it) from the bio when the scrape kept them in one block
/// ("Jane Doe" / "Senior Fellow" / "Jane Doe is ..." with no blank lines between). Each part keeps its lines' own
/// sources, so what goes back to the body or into a removal points at the right line or element.
/// </summary>
internal static class AuthorBlockSplitter
{
    public static IReadOnlyList<SourceBlock> Split(IReadOnlyList<SourceBlock> blocks)
    {
        var result = new List<SourceBlock>();
        foreach (var block in blocks)
        {
            var first = block.Line(0);
            if (AuthorHeading.InlineBio(first) is { } bio)
            {
                // "About the author: Jane Doe is ..." reads as the heading followed by the bio.
                var source = block.Lines[0].Source;
                result.Add(block.Replace([new SourceLine("About the author", source)]));
                result.Add(block.Replace([new SourceLine(bio, source), .. block.Lines.Skip(1)]));
                continue;
            }
            if (block.Lines.Count == 1 || (NameLine.TryParse(first) is null && !AuthorHeading.Matches(first)))
            {
                result.Add(block);
                continue;
            }
            var taken = 1;
            if (!AuthorHeading.Matches(first) && RoleLine.IsRole(block.Line(1)))
            {
                taken = 2;
            }
            for (var i = 0; i < taken; i++)
            {
                result.Add(block.Slice(i, 1));
            }
            if (taken < block.Lines.Count)
            {
                result.Add(block.Slice(taken, block.Lines.Count - taken));
            }
        }
        return result;
    }
}
