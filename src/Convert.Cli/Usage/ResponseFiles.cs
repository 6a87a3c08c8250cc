using System.Text;

namespace Convert.Cli.Usage;

/// <summary>
/// Expands <c>@FILE</c> arguments into the arguments the file holds: one argument per line, taken whole, so a path
/// with spaces stays one argument; blank lines and lines starting with <c>#</c> are skipped; a relative FILE is
/// relative to the current folder. Unlike System.CommandLine's own expansion it is bounded: a file that includes itself, nesting
/// deeper than <see cref="MaxDepth"/>, more than <see cref="MaxBytes"/> in all, or bytes that are not UTF-8 text
/// (<c>@/dev/zero</c>) are a usage error instead of a stack overflow or an unbounded read.
/// </summary>
internal static class ResponseFiles
{
    /// <summary>All response files of one command line together; a list of 100,000 paths fits.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public const int MaxDepth = 8;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <exception cref="CliUsageException">A response file is missing, unreadable, not text, too large or recursive.</exception>
    public static string[] Expand(IReadOnlyList<string> args, string currentDirectory)
    {
        var expanded = new List<string>();
        var budget = MaxBytes;
        Expand(args, currentDirectory, expanded, [], ref budget);
        return [.. expanded];
    }

    private static void Expand(IReadOnlyList<string> args, string currentDirectory, List<string> expanded, List<string> open, ref int budget)
    {
        var afterSeparator = false;
        foreach (var arg in args)
        {
            afterSeparator |= arg == "--";
            if (afterSeparator || arg.Length < 2 || arg[0] != '@')
            {
                expanded.Add(arg);
                continue;
            }
            var path = Path.GetFullPath(arg[1..], currentDirectory);
            if (open.Contains(path, StringComparer.Ordinal))
                throw new CliUsageException($"{arg}: the response file includes itself");
            if (open.Count >= MaxDepth)
                throw new CliUsageException($"{arg}: response files nested more than {MaxDepth} deep");
            var text = Read(arg, path, ref budget);
            open.Add(path);
            Expand(Tokens(text), currentDirectory, expanded, open, ref budget);
            open.RemoveAt(open.Count - 1);
        }
    }

    private static string Read(string arg, string path, ref int budget)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[65536];
            int read;
            while ((read = file.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (chunk.AsSpan(0, read).Contains((byte)0))
                    throw new CliUsageException($"{arg}: the response file is not text");
                budget -= read;
                if (budget < 0)
                    throw new CliUsageException($"{arg}: response files are larger than {MaxBytes / (1024 * 1024)} MiB in all");
                buffer.Write(chunk, 0, read);
            }
            return StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new CliUsageException($"{arg}: the response file is not UTF-8 text");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException($"{arg}: response file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{arg}: cannot read the response file: {e.Message}");
        }
    }

    private static List<string> Tokens(string text) => text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && line[0] != '#')
        .ToList();
}
