using System.IO.Compression;
using System.Text;
using Convert.Core.Model;
using Convert.Core.Writing;
using Convert.Tests.Fixtures;

namespace Convert.Tests.Validation;

/// <summary>Word documents for the validator tests, made with the real writer and then damaged on purpose.</summary>
internal static class Docx
{
    // Zip (DOS) time stamps start in 1980; a fixed one keeps a regenerated fixture byte-identical on one runtime.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The element the invalid fixture carries: not in the WordprocessingML schema.</summary>
    public const string InvalidElement = "<w:notAnElement w:val=\"1\"/>";

    public static byte[] Write(Article article)
    {
        using var output = new MemoryStream();
        (ArticleWriters.Find("docx") ?? throw new InvalidOperationException("no docx writer")).Write(article, output, WriterOptions.Default);
        return output.ToArray();
    }

    public static byte[] Fixture(string name) => Write(FixtureFiles.Convert(name));

    /// <summary>
    /// The no-bios fixture's Word output with an element the schema does not allow as the first child of the body:
    /// the content of <c>fixtures/bad-outputs/invalid-part.docx</c>.
    /// </summary>
    public static byte[] WithInvalidPart() => ReplaceInPart(Fixture("no-bios"), "word/document.xml", "<w:body>", "<w:body>" + InvalidElement);

    public static string ReadPart(byte[] docx, string partName)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(partName)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A copy of <paramref name="docx"/> with the first <paramref name="find"/> in one part replaced.</summary>
    public static byte[] ReplaceInPart(byte[] docx, string partName, string find, string replacement)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName != partName)
                {
                    from.CopyTo(to);
                    continue;
                }
                using var reader = new StreamReader(from, Encoding.UTF8);
                var xml = reader.ReadToEnd();
                if (!xml.Contains(find, StringComparison.Ordinal))
                    throw new InvalidOperationException($"{find} not found in {partName}");
                var at = xml.IndexOf(find, StringComparison.Ordinal);
                var bytes = new UTF8Encoding(false).GetBytes(string.Concat(xml.AsSpan(0, at), replacement, xml.AsSpan(at + find.Length)));
                to.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
