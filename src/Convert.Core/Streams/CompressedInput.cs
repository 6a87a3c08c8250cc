using System.IO.Compression;

namespace Convert.Core.Streams;

/// <summary>Opens a stream that may be gzip-compressed (a <c>.jsonl.gz</c> crawl, or one piped in): decided by its magic bytes, not its name.</summary>
internal static class CompressedInput
{
    public static Stream Open(Stream input)
    {
        var head = new byte[2];
        var count = 0;
        int read;
        while (count < head.Length && (read = input.Read(head, count, head.Length - count)) > 0)
            count += read;
        var whole = new PrefixedStream(head.AsMemory(0, count), input);
        // Concatenated gzip members (what `cat a.gz b.gz` gives) are read one after another by GZipStream.
        return count == 2 && head[0] == 0x1f && head[1] == 0x8b ? new GZipStream(whole, CompressionMode.Decompress) : whole;
    }

    /// <summary>The bytes already read to sniff the format, then the rest of the stream: stdin cannot seek back.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
                return rest.Read(buffer);
            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
