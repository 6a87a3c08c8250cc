// The parse-only floor: what reading and parsing the pages costs before any extraction. For each page it detects
// nothing, scores nothing and writes nothing; it reads the file, parses it with HtmlAgilityPack (the parser declutter
// uses, same version) and walks every text node once, as any extractor must. The benchmark times the whole process
// from outside, start-up included, as it does for every tool.
//
//   HtmlParseFloor FILE...
using System.Diagnostics;
using HtmlAgilityPack;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: HtmlParseFloor FILE...");
    return 2;
}

var failed = 0;
long characters = 0;
var parsing = Stopwatch.StartNew();
foreach (var file in args)
{
    try
    {
        var document = new HtmlDocument();
        document.LoadHtml(File.ReadAllText(file));
        var pending = new Stack<HtmlNode>();
        pending.Push(document.DocumentNode);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is HtmlTextNode text)
                characters += text.Text.Length;
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                pending.Push(child);
        }
    }
    catch (Exception e) // one page failing must not stop the batch: it is reported and counted
    {
        failed++;
        Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
    }
}

parsing.Stop();
Console.Error.WriteLine(
    $"HtmlAgilityPack parse only: {args.Length - failed} pages, {characters:N0} text characters, {failed} failed, {parsing.Elapsed.TotalSeconds:F3} s in process");
return failed == 0 ? 0 : 1;
