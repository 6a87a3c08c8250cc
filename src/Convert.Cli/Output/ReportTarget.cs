using Convert.Cli.FileSystem;
using System.Text;
using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>
/// Where <c>validate -o</c> may write its report: never over a file being checked (however a link reaches it), never
/// over a pipe or device. An earlier report of this tool at that path is replaced and not taken for an input, so a
/// report kept beside the articles can be regenerated; any other file there is an article to check, not to replace.
/// </summary>
internal static class ReportTarget
{
    private const int SniffedBytes = 2048;

    /// <summary>True when the file at <paramref name="fullPath"/> is a JSON, SARIF or JUnit report this tool wrote.</summary>
    public static bool IsEarlierReport(string fullPath)
    {
        if (!File.Exists(fullPath) || SpecialFiles.Describe(fullPath) is not null)
            return false;
        try
        {
            using var file = File.OpenRead(fullPath);
            var head = new byte[SniffedBytes];
            var text = Encoding.UTF8.GetString(head, 0, file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false));
            var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
            return compact.Contains("\"name\":\"declutter\"", StringComparison.Ordinal)
                || text.Contains("<testsuites name=\"declutter validate\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <exception cref="CliUsageException">The report would replace an input or a special file.</exception>
    public static void Check(string displayPath, string fullPath, IReadOnlyList<InputSource> inputs)
    {
        if (SpecialFiles.Describe(fullPath) is { } kind)
            throw new CliUsageException(OutputPathCheck.NotRegular(displayPath, kind));
        var inputFiles = InputFiles.Of(inputs);
        string real;
        try
        {
            real = RealPath.Of(fullPath);
        }
        catch (IOException e)
        {
            throw new CliUsageException($"report {displayPath}: {e.Message}");
        }
        if (inputFiles.At(fullPath, real) is { } input)
        {
            throw new CliUsageException(
                $"report {displayPath} would replace a file being checked ({input.DisplayPath}); write it elsewhere or --exclude it");
        }
    }
}
