namespace Convert.Core.Streams;

/// <summary>
/// Cuts a stream into lines as it reads, holding one line at a time (and never more than the limit of one), so a
/// crawl of any length streams through in bounded memory. "\n" ends a line; a "\r" before it is dropped.
/// </summary>
internal static class LineSplitter
{
    private const int ChunkBytes = 64 * 1024;

    public static IEnumerable<RawLine> Lines(Stream stream, int maxLineBytes)
    {
        var chunk = new byte[ChunkBytes];
        using var current = new MemoryStream();
        var number = 0L;
        var tooLong = false;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var position = 0;
            while (position < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', position, read - position);
                var end = newline < 0 ? read : newline;
                if (!tooLong && current.Length + (end - position) > maxLineBytes)
                {
                    tooLong = true;
                    current.SetLength(0);
                }
                if (!tooLong)
                    current.Write(chunk, position, end - position);
                if (newline < 0)
                    break;
                yield return Take(++number, current, tooLong);
                tooLong = false;
                position = newline + 1;
            }
        }
        if (current.Length > 0 || tooLong)
            yield return Take(++number, current, tooLong);
    }

    private static RawLine Take(long number, MemoryStream current, bool tooLong)
    {
        if (tooLong)
            return new RawLine(number, null);
        var length = (int)current.Length;
        if (length > 0 && current.GetBuffer()[length - 1] == (byte)'\r')
            length--;
        var bytes = current.GetBuffer().AsSpan(0, length).ToArray();
        current.SetLength(0);
        return new RawLine(number, bytes);
    }
}
