using Convert.Cli.Input;
using Convert.Core;
using Convert.Core.Reading;
using Convert.Core.Streams;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary>
/// Which inputs are record streams (JSONL: by --from, else by extension) and when a run writes one stream of
/// articles instead of a document per input: record stream inputs, or --to jsonl without --output-dir.
/// </summary>
internal static class StreamInputs
{
    /// <summary>The record stream reader of each input, or null for inputs read as one article each.</summary>
    public static Func<InputSource, IRecordStreamReader?> ReaderFor(InputFormat from) => from == InputFormat.Auto
        ? input => InputReaders.ByExtension(input.FullPath) as IRecordStreamReader
        : InputReaders.For(from, null, []) is IRecordStreamReader forced ? _ => forced : _ => null;

    /// <summary>--to as given; for record streams written to stdout or -o without one, JSON Lines.</summary>
    public static string? DefaultTo(ConvertSettings settings, bool streamed) =>
        settings.To ?? (streamed && (settings.OutputFile is null || settings.OutputIsStdout) ? "jsonl" : null);

    /// <exception cref="CliUsageException">Record streams asked to go where one stream cannot (folders, other formats, one title).</exception>
    public static bool WritesOneStream(ConvertSettings settings, IArticleWriter writer, bool streamed)
    {
        var lines = writer is JsonlArticleWriter;
        if (!streamed)
            return lines && settings.OutputDirectory is null;
        if (settings.OutputDirectory is not null)
            throw new CliUsageException("a record stream (JSONL) is written as one stream: use -o FILE.jsonl or stdout, not --output-dir");
        if (!lines)
            throw new CliUsageException($"a record stream (JSONL) is written as JSON Lines: use --to jsonl, not {writer.Format}");
        if (settings.Title is not null)
            throw new CliUsageException("--title applies to one article, not to the records of a stream");
        return true;
    }
}
