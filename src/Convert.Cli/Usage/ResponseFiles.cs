using System.CommandLine.Parsing;

namespace Convert.Cli.Usage;

/// <summary>
/// @FILE arguments: one argument per line, taken whole, so a path with spaces stays one argument (System.CommandLine
/// splits lines at spaces). Blank lines and lines starting with '#' are skipped; line ends and surrounding spaces
/// are trimmed. A relative FILE is relative to the current folder.
/// </summary>
internal static class ResponseFiles
{
    public static TryReplaceToken Replacer(string currentDirectory) =>
        (string token, out IReadOnlyList<string>? replacement, out string? error) =>
        {
            replacement = null;
            error = null;
            var path = Path.GetFullPath(token, currentDirectory);
            try
            {
                replacement = [.. File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))];
                return true;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                error = $"@{token}: response file not found";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"@{token}: cannot read response file: {e.Message}";
            }
            return false;
        };
}
