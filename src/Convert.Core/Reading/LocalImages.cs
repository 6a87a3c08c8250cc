using Convert.Core.Model;

namespace Convert.Core.Reading;

/// <summary>
/// Finds the image file a page was saved with: a browser's "save page, complete" writes <c>page.html</c> and
/// <c>page_files/…</c> and points each <c>src</c> at its copy, so a relative <c>src</c> that resolves to a file inside the
/// page's folder is the image. Nothing outside that folder is ever read (no "..", no absolute path, no link leading
/// out), and no address is followed: an image on the web stays an address.
/// </summary>
public static class LocalImages
{
    /// <summary>Larger files are left alone: no article image comes near it, and the Word writer holds it in memory.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>The folder of an input file, or null for stdin and inputs without a path.</summary>
    public static string? FolderOf(string? sourcePath)
    {
        if (string.IsNullOrEmpty(sourcePath) || sourcePath == "-")
            return null;
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(sourcePath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The file a page's <c>src</c> names inside <paramref name="folder"/>, or null when there is none.</summary>
    public static LocalImage? Find(string? src, string? folder)
    {
        if (folder is null || string.IsNullOrWhiteSpace(src))
            return null;
        var path = src.Trim();
        if (HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal))
            return null;
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
            path = path[..end];
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return Resolve(path, folder) is { } full ? new LocalImage(Path.GetRelativePath(folder, full).Replace('\\', '/'), full) : null;
    }

    /// <summary>A JSON figure's image path, looked up from the JSON file's folder; kept without a file when not there.</summary>
    public static LocalImage FromJson(string relativePath, string? folder) =>
        new(relativePath, folder is null ? null : Resolve(relativePath, folder));

    private static string? Resolve(string relative, string folder)
    {
        if (relative.Length == 0 || relative.Contains('\0') || Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\'))
            return null;
        string root, full;
        try
        {
            root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            full = Path.GetFullPath(Path.Combine(root, relative));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        try
        {
            var file = new FileInfo(full);
            if (!file.Exists || file.Length > MaxBytes || LeadsThroughLink(file, root))
                return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return full;
    }

    // A symbolic link below the page's folder could point anywhere: such a path is not taken.
    private static bool LeadsThroughLink(FileInfo file, string root)
    {
        if (file.LinkTarget is not null)
            return true;
        for (var folder = file.Directory; folder is not null && folder.FullName.Length > root.Length; folder = folder.Parent)
        {
            if (folder.LinkTarget is not null)
                return true;
        }
        return false;
    }

    // "http:", "data:", "file:", "javascript:"... but not a Windows drive letter, which IsPathRooted refuses anyway.
    private static bool HasScheme(string path)
    {
        var colon = path.IndexOf(':');
        if (colon < 2)
            return colon == 1 && !char.IsLetter(path[0]);
        for (var i = 0; i < colon; i++)
        {
            var c = path[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
                return false;
        }
        return true;
    }
}
