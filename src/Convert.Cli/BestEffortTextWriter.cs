using System.Text;

namespace Convert.Cli;

/// <summary>
/// Diagnostics that cannot be written (stderr closed with <c>2&gt;&amp;-</c>, or a reader that went away) are
/// dropped: losing a message must never abort a run or change its exit code.
/// </summary>
internal sealed class BestEffortTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private static void Try(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // Nowhere left to say it.
        }
    }
}
