using System.Globalization;
using System.Text;

namespace Convert.Core.Reading;

/// <summary>Finds an encoding by name among .NET's own and the legacy code pages (windows-125x, ISO-8859-x, KOI8-R...).</summary>
public static class TextEncodings
{
    /// <summary>The encoding called <paramref name="name"/> (a web name such as "windows-1251" or "latin1", "cp1251", or a code page number), or null.</summary>
    public static Encoding? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var label = name.Trim();
        if (label.Length == 0)
            return null;
        // "cp1251" is how Python, iconv and many editors name code pages; .NET knows only "windows-1251" or the number.
        if (label.StartsWith("cp", StringComparison.OrdinalIgnoreCase) && label.Length > 2 && label[2..].All(char.IsAsciiDigit))
            label = label[2..];
        try
        {
            if (int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage))
                return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
