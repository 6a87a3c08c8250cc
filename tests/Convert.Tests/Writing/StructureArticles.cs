using Convert.Core.Model;

namespace Convert.Tests.Writing;

/// <summary>Articles with the structure the writers must keep: nested lists, a list from 5, sub/superscript, code.</summary>
internal static class StructureArticles
{
    private static readonly SourceSpan At = SourceSpan.None;

    public static ListBlock NestedFromFive => new(true,
    [
        new ListItem("Read the logger."),
        new ListItem("Convert pressure"),
        new ListItem([Run.Plain("subtract air")], Level: 1, Ordered: true),
        new ListItem([Run.Plain("divide by g")], Level: 1, Ordered: true),
        new ListItem("Smooth"),
        new ListItem([Run.Plain("moving average")], Level: 1, Ordered: false),
        new ListItem([Run.Plain("monthly files")], Level: 2, Ordered: false),
        new ListItem("Plot."),
    ], At, Start: 5);

    public static Article WithStructure => new()
    {
        Title = "Gauge notes",
        Metadata = new ArticleMetadata { Language = "en" },
        Body =
        [
            new Paragraph([Run.Plain("Water is H"), new Run("2", Position: RunPosition.Subscript), Run.Plain("O and E=mc"),
                new Run("2", Position: RunPosition.Superscript), Run.Plain("; call "), new Run("height_m()", Code: true), Run.Plain(".")], At),
            new Heading(1, [new Run("Steps that matter", Bold: true)], At),
            NestedFromFive,
            new CodeBlock("def height_m(p):\n    return p / 1025.0  # metres", "python", At),
        ],
    };

    public static Article WithoutCode => new()
    {
        Title = "Gauge notes",
        Metadata = new ArticleMetadata { Language = "en" },
        Body = [NestedFromFive],
    };
}
