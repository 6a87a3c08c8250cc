// Runs SmartReader over a batch of HTML pages in one process and writes, for each page, a JSON file with the title,
// byline, the article's HTML and its text, under the output folder at the page's path relative to the root.
//
//   SmartReaderRunner --root DIR --output-dir OUT FILE...
//
// The benchmark times the whole process from outside, start-up included, as it does for every tool; the time spent
// inside extraction alone is printed on stderr for information.
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartReader;

string? root = null;
string? outputDir = null;
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--root" when i + 1 < args.Length:
            root = args[++i];
            break;
        case "--output-dir" when i + 1 < args.Length:
            outputDir = args[++i];
            break;
        default:
            files.Add(args[i]);
            break;
    }
}

if (root is null || outputDir is null || files.Count == 0)
{
    Console.Error.WriteLine("usage: SmartReaderRunner --root DIR --output-dir OUT FILE...");
    return 2;
}

// Unescaped markup keeps the files readable for a developer comparing pages by eye; nothing here is served.
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var failed = 0;
var extraction = Stopwatch.StartNew();
foreach (var file in files)
{
    var relative = Path.GetRelativePath(root, file);
    var target = Path.Combine(outputDir, Path.ChangeExtension(relative, ".json"));
    try
    {
        var html = File.ReadAllText(file);
        // Readability's own test harness gives every test page this address; it only serves to resolve links.
        var article = Reader.ParseArticle("http://fakehost/test/page.html", html, null);
        var result = new Dictionary<string, object?>
        {
            ["title"] = article.Title,
            ["byline"] = article.Byline,
            ["author"] = article.Author,
            ["readable"] = article.IsReadable,
            ["content"] = article.Content,
            ["textContent"] = article.TextContent,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, JsonSerializer.Serialize(result, options));
    }
    catch (Exception e) // one page failing must not stop the batch: it is reported and counted
    {
        failed++;
        Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
    }
}

extraction.Stop();
Console.Error.WriteLine(
    $"SmartReader: {files.Count - failed} pages extracted, {failed} failed, {extraction.Elapsed.TotalSeconds:F3} s in process");
return failed == 0 ? 0 : 1;
