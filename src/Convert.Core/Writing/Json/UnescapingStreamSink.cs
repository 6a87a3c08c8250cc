using System.Buffers;

namespace Convert.Core.Writing.Json;

/// <summary>
/// The buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into: each time the writer asks for room, what
/// it wrote so far is unescaped (<see cref="SurrogatePairUnescaper"/>) and passed on to the stream, so memory stays
/// at one chunk however large the article.
/// </summary>
internal sealed class UnescapingStreamSink(Stream output) : IBufferWriter<byte>
{
    private const int ChunkBytes = 64 * 1024;

    private byte[] _buffer = new byte[ChunkBytes];
    private int _filled;

    public void Advance(int count) => _filled += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).Span;

    /// <summary>Unescapes and writes what is left; call once the writer is flushed.</summary>
    public void Complete() => Drain(final: true);

    private Memory<byte> Room(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _filled < needed)
            Drain(final: false);
        if (_buffer.Length - _filled < needed)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _filled + needed));
        return _buffer.AsMemory(_filled);
    }

    private void Drain(bool final)
    {
        var written = SurrogatePairUnescaper.Unescape(_buffer.AsSpan(0, _filled), final, out var read);
        output.Write(_buffer, 0, written);
        // A backslash run the next chunk may continue stays for the next round.
        _buffer.AsSpan(read, _filled - read).CopyTo(_buffer);
        _filled -= read;
    }
}
