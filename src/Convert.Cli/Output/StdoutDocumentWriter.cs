namespace Convert.Cli.Output;

/// <summary>
/// Writes a document to stdout, the counterpart of <see cref="AtomicFileWriter"/>: the whole document is buffered
/// first, so a writer that throws leaves nothing on stdout, and text already written to it goes out before.
/// </summary>
internal static class StdoutDocumentWriter
{
    public static void Write(CliEnvironment env, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        env.Out.Flush();
        buffer.WriteTo(env.StandardOutput);
        env.StandardOutput.Flush();
    }
}
