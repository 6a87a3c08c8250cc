using Convert.Cli.Input;
using Convert.Core;
using Convert.Core.Learning;
using Convert.Core.Reading;
using Convert.Core.Streams;
using Convert.Core.Validation;
using Convert.Core.Writing;

namespace Convert.Cli.Conversion;

/// <summary>
/// The articles of a stream output, in input order, converted lazily a window at a time: each record of a record
/// stream input (JSONL), and each other file as one article. Failures are items too, never exceptions.
/// </summary>
/// <param name="env">Where files and stdin come from.</param>
/// <param name="options">Options shared by every input; the source path is set per file.</param>
/// <param name="shard">The shard whose records are converted (files were selected before).</param>
/// <param name="parallelism">Conversions at a time.</param>
/// <param name="engineFor">The engine of each input (its nearest declutter.json), looked up before any work.</param>
/// <param name="streamReaderFor">The record stream reader of an input, or null when it is read as one article.</param>
internal sealed class StreamItems(
    CliEnvironment env, ConversionOptions options, Shard shard, int parallelism,
    Func<InputSource, ConversionEngine> engineFor, Func<InputSource, IRecordStreamReader?> streamReaderFor)
{
    public IEnumerable<StreamItem> Of(IReadOnlyList<InputSource> inputs)
    {
        var files = new List<InputSource>();
        foreach (var input in inputs)
        {
            if (streamReaderFor(input) is not { } reader)
            {
                files.Add(input);
                continue;
            }
            foreach (var item in Files([.. files]))
                yield return item;
            files.Clear();
            foreach (var item in Records(input, reader))
                yield return item;
        }
        foreach (var item in Files(files))
            yield return item;
    }

    private IEnumerable<StreamItem> Files(List<InputSource> files) =>
        OrderedWindows.Map(files, ConvertFile, parallelism, _ => 0);

    private IEnumerable<StreamItem> Records(InputSource input, IRecordStreamReader reader)
    {
        var pipeline = engineFor(input).Pipeline
            ?? throw new InvalidOperationException("the conversion engine has no pipeline to read record streams with");
        Stream stream;
        try
        {
            stream = input.IsStdin ? env.StandardInput
                : new FileStream(input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new StreamItem(input.DisplayPath, null, e.Message)];
        }
        var conversions = RecordStreamConverter.Convert(reader.ReadRecords(stream), pipeline, options, shard, parallelism)
            .Select(c => Item($"{input.DisplayPath}:{c.Record.Line}", c.Article, c.Error, c.Crashed));
        return Guarded(conversions, input, input.IsStdin ? null : stream);
    }

    /// <summary>The stream's items until it ends or cannot be read further (a truncated gzip, a read error), which is one more item.</summary>
    private static IEnumerable<StreamItem> Guarded(IEnumerable<StreamItem> items, InputSource input, Stream? owned)
    {
        using var _ = owned;
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            StreamItem? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                    yield break;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failure = new StreamItem(input.DisplayPath, null, $"cannot read further: {e.Message}");
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return enumerator.Current;
        }
    }

    private StreamItem ConvertFile(InputSource input)
    {
        try
        {
            var bytes = InputReader.Read(input, env.StandardInput, env.MaxInputBytes);
            var article = engineFor(input).Convert(bytes, options with { SourcePath = input.SourcePath, InputFolder = input.IsStdin ? null : Path.GetDirectoryName(input.FullPath) }).Article;
            return Item(input.DisplayPath, ControlCharacterGuard.Clean(article), null, false);
        }
        catch (Exception e) when (e is InputFormatException or InputTooLargeException or IOException or UnauthorizedAccessException)
        {
            return new StreamItem(input.DisplayPath, null, e.Message);
        }
#pragma warning disable CA1031 // A bug in one input's conversion must not stop the stream; the run still exits 2.
        catch (Exception e) when (e is not ModelFormatException)
#pragma warning restore CA1031
        {
            return new StreamItem(input.DisplayPath, null, $"internal error: {e.GetType().Name}: {e.Message}", Crashed: true);
        }
    }

    private static StreamItem Item(string label, Core.Model.Article? article, string? error, bool crashed) => article is null
        ? new StreamItem(label, null, error, crashed)
        : new StreamItem(label, article, null, EmptyBody: !ArticleChecks.HasBodyText(article)) { Warnings = [.. article.Warnings.Select(w => w.Message)] };
}
