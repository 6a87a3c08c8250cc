using System.Text;
using System.Text.RegularExpressions;

namespace Convert.Core.Html;

/// <summary>The encoding an HTML page declares in its first bytes (&lt;meta charset&gt; or http-equiv Content-Type).</summary>
internal static partial class HtmlCharset
{
    // Browsers look for the declaration in the first 1024 bytes; some pages put it a little later.
    private const int PrescanBytes = 4096;

    public static Encoding? Declared(ReadOnlySpan<byte> bytes) => Label(bytes) is { } label ? ByName(label) : null;

    /// <summary>The charset name the page declares, as written, whether or not it is supported.</summary>
    public static string? Label(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>The encoding a declared charset name means, or null when it is not supported.</summary>
    public static Encoding? ByName(string name)
    {
        var label = name.Trim().ToLowerInvariant();
        // UTF-7 is not supported by .NET and never honoured by browsers (it hid markup from filters): undeclared.
        if (label.Contains("utf-7", StringComparison.Ordinal) || label == "utf7")
            return null;
        // As browsers do: these labels mean windows-1252, and a page cannot declare UTF-16 in ASCII-compatible bytes.
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1")
            label = "windows-1252";
        if (label.StartsWith("utf-16", StringComparison.Ordinal) || label is "utf8" or "utf-8")
            return Encoding.UTF8;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
