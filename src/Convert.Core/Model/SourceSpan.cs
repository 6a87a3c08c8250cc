namespace Convert.Core.Model;

/// <summary>Where a block came from: 1-based line range for text input, an element path for HTML.</summary>
public sealed record SourceSpan(int StartLine, int EndLine, string? ElementPath = null)
{
    public static readonly SourceSpan None = new(0, 0);
}
