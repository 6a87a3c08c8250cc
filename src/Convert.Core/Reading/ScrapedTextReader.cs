namespace Convert.Core.Reading;

// PLACEHOLDER: owned by the reading/cleaning helper.
public static class ScrapedTextReader
{
    public static IReadOnlyList<TextBlock> Read(string text) => throw new NotImplementedException();
}
