using Convert.Core.Model;
using Convert.Tests.Fixtures;

namespace Convert.Tests.Writing;

/// <summary>Figures the writers must keep: one with a saved image, caption and credit; one with only an address and alt text.</summary>
internal static class FigureArticles
{
    private static readonly SourceSpan At = SourceSpan.None;

    /// <summary>The 40x24 PNG the saved-page fixture keeps in its files folder.</summary>
    public static string PngPath => Path.Combine(FixtureFiles.HtmlDir, "figure-saved-page_files", "estuary.png");

    public static Figure Saved(string? fullPath = null) => new(
        [Run.Plain("The channel at "), new Run("first light", Italic: true), Run.Plain(".")],
        [Run.Plain("Photo: Tamsin Lowe")],
        "Pale sky over dark water", null, new LocalImage("page_files/estuary.png", fullPath ?? PngPath), At);

    public static Figure AltOnly => new([], [], "A crane on a barge", "https://quay.example/crane.jpg", null, At);

    public static Article With(params Block[] body) => new()
    {
        Title = "Harbour figures",
        Metadata = new ArticleMetadata { Language = "en" },
        Body = [new Paragraph("Pictures from the harbour office.", At), .. body],
    };
}
