using System.Text.Json;

namespace Convert.Training.Evaluation;

/// <summary>One page of the WCXB benchmark's ground truth (CC-BY-4.0, Murrough Foley).</summary>
internal sealed record WcxbPage(
    string Id,
    string Url,
    string Site,
    string PageType,
    string MainContent,
    string? Title,
    string? Author,
    string? PublishDate,
    IReadOnlyList<string> With,
    IReadOnlyList<string> Without);

/// <summary>Reads the benchmark's <c>ground-truth/NNNN.json</c> files.</summary>
internal static class WcxbCorpus
{
    public static IReadOnlyList<WcxbPage> Load(string groundTruthDir)
    {
        var pages = new List<WcxbPage>();
        foreach (var path in Directory.EnumerateFiles(groundTruthDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var truth = root.GetProperty("ground_truth");
            // One page of the split has no url: it is its own site, so no fold shares it.
            var id = Path.GetFileNameWithoutExtension(path);
            var url = Text(root, "url") ?? "";
            pages.Add(new WcxbPage(
                id,
                url,
                url.Length > 0 ? SiteOf(url) : "no-url-" + id,
                root.GetProperty("_internal").GetProperty("page_type").GetProperty("primary").GetString() ?? "unknown",
                Text(truth, "main_content") ?? "",
                Text(truth, "title"),
                Text(truth, "author"),
                Text(truth, "publish_date"),
                Strings(truth, "with"),
                Strings(truth, "without")));
        }
        return pages;
    }

    /// <summary>The host without a leading <c>www.</c>: the unit that folds keep apart.</summary>
    public static string SiteOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return url;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : [];
}
