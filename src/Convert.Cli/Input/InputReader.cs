using System.Globalization;

namespace Convert.Cli.Input;

/// <summary>Reads an input's bytes, refusing inputs over the size limit without reading them whole.</summary>
internal static class InputReader
{
    /// <exception cref="InputTooLargeException">The input is larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] Read(InputSource input, Stream stdin, long maxBytes)
    {
        if (input.IsStdin)
            return ReadBounded(stdin, maxBytes);

        using var file = new FileStream(input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (file.CanSeek && file.Length > maxBytes)
            throw new InputTooLargeException(file.Length, maxBytes);
        return ReadBounded(file, maxBytes);
    }

    /// <summary>Reads to the end, failing as soon as more than <paramref name="maxBytes"/> arrive (pipes and growing files).</summary>
    private static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new InputTooLargeException(null, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

/// <summary>An input over the size limit; the message gives the size and the limit.</summary>
internal sealed class InputTooLargeException(long? actualBytes, long maxBytes) : Exception(
    actualBytes is { } size
        ? $"input is too large ({Describe(size)}; the limit is {Describe(maxBytes)})"
        : $"input is too large (more than the limit of {Describe(maxBytes)})")
{
    private const double BytesPerMiB = 1024 * 1024;

    private static string Describe(long bytes) => bytes >= BytesPerMiB
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / BytesPerMiB:0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
