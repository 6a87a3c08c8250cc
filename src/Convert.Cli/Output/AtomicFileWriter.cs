using Convert.Cli.FileSystem;

namespace Convert.Cli.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so the target is either absent, the old
/// file, or the complete new file: never half-written, also when the write throws or the process dies.
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>The suffix of temporary files; they are hidden (dot-prefixed) and removed on failure.</summary>
    public const string TempSuffix = ".declutter-tmp";

    /// <param name="path">The absolute target path; missing folders are created.</param>
    /// <param name="overwrite">Replace an existing target; otherwise an existing target fails the write.</param>
    /// <param name="write">Writes the content; the stream is seekable and readable (docx packages need that).</param>
    /// <exception cref="OutputExistsException">The target exists and <paramref name="overwrite"/> is false.</exception>
    public static void Write(string path, bool overwrite, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(path) ?? throw new IOException($"{path} has no parent folder");
        Directory.CreateDirectory(folder);
        var tempPath = Path.Join(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                // No fsync: the rename already keeps a crashed process from leaving a half-written file, and
                // forcing every file to disk cost more than the whole conversion in batches of small articles.
                write(stream);
            }
            Move(tempPath, path, overwrite);
        }
        finally
        {
            // After a successful move the temp file no longer exists and this is a no-op.
            TryDelete(tempPath);
        }
    }

    private static void Move(string tempPath, string path, bool overwrite)
    {
        // Checked at planning time too; a pipe or device node that appeared since must not be replaced.
        if (SpecialFiles.Describe(path) is { } kind)
            throw new IOException(OutputPathCheck.NotRegular(path, kind));
        try
        {
            File.Move(tempPath, path, overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            // Checked at planning time too; this covers a file that appeared while we were converting.
            throw new OutputExistsException(path);
        }
    }

    private static void TryDelete(string tempPath)
    {
        try
        {
            File.Delete(tempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original failure is the one worth reporting.
        }
    }
}

/// <summary>The output file exists and --force was not given.</summary>
internal sealed class OutputExistsException(string path)
    : IOException($"output {path} already exists (use --force to overwrite)");
