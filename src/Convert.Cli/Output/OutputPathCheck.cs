using Convert.Cli.FileSystem;
using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>
/// Why an output path must not be written, judged on its real path (every link on the way resolved): it is an input,
/// another input's output, a folder, a pipe or device (never replaced, even with --force), or an existing file
/// without --force.
/// </summary>
internal static class OutputPathCheck
{
    /// <param name="displayPath">The output path for messages.</param>
    /// <param name="fullPath">The absolute path that will be written.</param>
    /// <param name="force">Whether an existing regular file may be replaced.</param>
    /// <param name="inputFiles">The inputs by path and real path.</param>
    /// <param name="claimed">Outputs already planned in this batch, or null for a single output.</param>
    /// <param name="input">The input this output is for.</param>
    /// <returns>The reason, one line, or null when the path may be written.</returns>
    public static string? Refusal(string displayPath, string fullPath, bool force,
        InputFiles inputFiles, OutputClaims? claimed, InputSource input)
    {
        string real;
        try
        {
            real = RealPath.Of(fullPath);
        }
        catch (IOException e)
        {
            return $"output {displayPath}: {e.Message}";
        }
        if (inputFiles.At(fullPath, real) is { } overwritten)
            return $"refusing to write over input file {overwritten.DisplayPath}";
        if (claimed?.Claim(real, input) is { } first)
            return $"output {displayPath} would also be written from {first.DisplayPath}";
        if (Directory.Exists(real))
            return $"output {displayPath} is a directory";
        if (SpecialFiles.Describe(fullPath) is { } kind)
            return NotRegular(displayPath, kind);
        if (!force && File.Exists(fullPath))
            return $"output {displayPath} already exists (use --force to overwrite)";
        return null;
    }

    /// <summary>The refusal for a pipe, device or socket: --force does not apply, so it is not suggested.</summary>
    public static string NotRegular(string displayPath, string kind) =>
        $"output {displayPath} is not a regular file ({kind}); only regular files are written (use -o - for stdout)";
}
