using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Convert.Core.Limits;

/// <summary>
/// Checks a .docx package before the Open XML SDK sees it, streaming every part once: the number of parts, each
/// part's real decompressed size and the whole package's (a zip's declared sizes can lie), and in XML parts the
/// nesting depth and element count, read with a streaming XmlReader that refuses DTDs. The SDK builds a tree of
/// every part recursively: 100,000 nested elements overflow the stack (which no handler can catch), a part inflating
/// to 1 GB takes many GB of memory, and a DTD is at best an entity bomb.
/// </summary>
public static class DocxPackageGuard
{
    /// <summary>More parts than any Word document has (a long report with images has a few hundred).</summary>
    public const int MaxParts = 10_000;

    /// <summary>One part, decompressed: a 300-page document's document.xml is a few MB.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>All parts together, decompressed.</summary>
    public const long MaxPackageBytes = 256L * 1024 * 1024;

    /// <summary>XML nesting: Word's own documents stay under 30 levels; nested tables add three per level.</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>XML elements in all parts together: about 1 GB of SDK tree at the limit.</summary>
    public const int MaxXmlElements = 2_000_000;

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Why the package must not be opened, one sentence; null when it is within every limit.</summary>
    /// <param name="docx">The package; read from its current position, which is restored when it can seek.</param>
    public static string? Problem(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var start = docx.CanSeek ? docx.Position : 0;
        try
        {
            using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
            return Problem(zip);
        }
        catch (InvalidDataException e)
        {
            return $"Not a Word document: {e.Message}";
        }
        finally
        {
            if (docx.CanSeek)
                docx.Position = start;
        }
    }

    private static string? Problem(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxParts)
            return Invariant($"The package has {zip.Entries.Count:N0} parts, more than the limit of {MaxParts:N0}.");
        var budget = new Budget();
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
                continue;
            try
            {
                using var stream = new BoundedReadStream(entry.Open(), Math.Min(MaxPartBytes, MaxPackageBytes - budget.Bytes));
                if (IsXml(entry.FullName))
                    CheckXml(stream, budget);
                else
                    stream.CopyTo(Stream.Null);
                budget.Bytes += stream.BytesRead;
            }
            catch (LimitExceededException e)
            {
                return $"{entry.FullName}: {e.Message}";
            }
            catch (BoundedReadStream.TooLongException)
            {
                return budget.Bytes + MaxPartBytes > MaxPackageBytes
                    ? Invariant($"The package decompresses to more than the limit of {MaxPackageBytes / (1024 * 1024)} MiB.")
                    : Invariant($"{entry.FullName} decompresses to more than the limit of {MaxPartBytes / (1024 * 1024)} MiB for a part.");
            }
            catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                return $"{entry.FullName} declares a DTD, which Word documents never do (refused, as entities can expand without bound).";
            }
            catch (XmlException e)
            {
                return $"{entry.FullName} is not well-formed XML: {e.Message}";
            }
            catch (InvalidDataException e)
            {
                return $"{entry.FullName} cannot be decompressed: {e.Message}";
            }
        }
        return null;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(Stream stream, Budget budget)
    {
        using var reader = XmlReader.Create(stream, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.Depth >= MaxXmlDepth)
                throw new LimitExceededException(Invariant($"elements nested more than {MaxXmlDepth} levels deep."));
            if (++budget.Elements > MaxXmlElements)
                throw new LimitExceededException(Invariant($"more than {MaxXmlElements:N0} XML elements in the package."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Budget
    {
        public long Bytes { get; set; }

        public int Elements { get; set; }
    }
}
