using Convert.Core.Html;
using Convert.Core.Html.PageTypes;
using Convert.Core.Reading;
using Convert.Training.Evaluation;

namespace Convert.Training.PageTypes;

/// <summary>One WCXB page as the page-type models see it: its features, its labelled type and its site.</summary>
internal sealed record PageTypeRow(string Id, string Site, string Type, float[] Features);

/// <summary>Reads each benchmark page the way the product does and extracts its page-type features.</summary>
internal static class PageTypeRows
{
    public static List<PageTypeRow> Read(IReadOnlyList<WcxbPage> pages, string pagesDir)
    {
        var rows = new PageTypeRow?[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var page = pages[i];
            var path = Path.Combine(pagesDir, page.Id + ".html");
            if (!File.Exists(path))
                return;
            rows[i] = new PageTypeRow(page.Id, page.Site, Label(page.PageType), Features(File.ReadAllBytes(path)));
        });
        return rows.OfType<PageTypeRow>().ToList();
    }

    // WCXB's older label for a collection page.
    private static string Label(string type) => type == "category" ? PageTypeNames.Collection : type;

    private static float[] Features(byte[] bytes)
    {
        var declared = HtmlCharset.Declared(bytes);
        var html = InputDecoder.Decode(bytes, declared).Text;
        var page = VisiblePage.Build(html);
        var markers = ClassMarkers.BuiltIn;
        var facts = PageMetadataReader.Read(page, markers);
        return PageSignalReader.Read(page, markers, facts).ToArray();
    }
}
