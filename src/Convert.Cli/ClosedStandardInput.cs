namespace Convert.Cli;

/// <summary>
/// Tells when the process was started with stdin closed (<c>&lt;&amp;-</c>). The runtime then opens its own files
/// and pipes on the free descriptor 0, and reading "stdin" reads one of them: an error at best, a hang at worst. A
/// descriptor inherited as stdin never has close-on-exec set (it would not have survived the exec), and the
/// runtime's own always have, so the flag tells them apart. Linux only; elsewhere stdin is taken as open.
/// </summary>
internal static class ClosedStandardInput
{
    private const int CloseOnExec = 0x80000; // O_CLOEXEC, 02000000 octal

    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            const string FdInfo = "/proc/self/fdinfo/0";
            if (!File.Exists(FdInfo))
                return Directory.Exists("/proc/self/fdinfo");
            var flags = File.ReadLines(FdInfo).FirstOrDefault(line => line.StartsWith("flags:", StringComparison.Ordinal));
            return flags is not null && (System.Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & CloseOnExec) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }
    }

    /// <summary>A stdin that fails every read with the reason, for a process started with stdin closed.</summary>
    public static Stream Stream { get; } = new ClosedStream();

    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("stdin is closed");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override string ToString() => "closed stdin";
    }
}
