using Convert.Cli.Conversion;
using Convert.Cli.Input;
using Convert.Cli.Output;
using Convert.Cli.Reporting;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary>
/// Runs a <c>convert</c> whose articles go to one stream, one line each (<c>--to jsonl</c>): to stdout as they are
/// converted, or to <c>-o FILE</c> through a temporary file renamed at the end, so an interrupted run leaves no partial
/// output. Nothing but the window being converted is held in memory.
/// </summary>
internal sealed class StreamConvertRunner(CliEnvironment env)
{
    private const int StdoutBufferBytes = 64 * 1024;

    public int Run(ConvertSettings settings, IReadOnlyList<InputSource> inputs, StreamItems items, IArticleWriter writer,
        WriterOptions writerOptions, ExistingOutputPolicy existing)
    {
        var reporter = new StreamReporter(env.Error, settings.Quiet, emptyBodyFails: !settings.AllowEmpty);
        if (settings.OutputFile is { } file && !settings.OutputIsStdout)
        {
            var fullPath = Path.GetFullPath(file, env.CurrentDirectory);
            if (KeepsExisting(fullPath, inputs, existing))
            {
                reporter.Skipped(inputs.Count);
                reporter.Summary();
                return ExitCodes.Success;
            }
            var mayOverwrite = ExistingOutputs.MayOverwrite(existing);
            if (OutputPathCheck.Refusal(file, fullPath, mayOverwrite, InputFiles.Of(inputs), claimed: null, inputs[0]) is { } refusal)
            {
                env.Error.WriteLine(Diagnostics.Error(refusal));
                return ExitCodes.SomeInputsFailed;
            }
            try
            {
                AtomicFileWriter.Write(fullPath, mayOverwrite, stream => WriteAll(items.Of(inputs), stream, writer, writerOptions, reporter));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine(Diagnostics.Error(file, e.Message));
                return ExitCodes.SomeInputsFailed;
            }
        }
        else
        {
            env.Out.Flush();
            var stdout = new BufferedStream(env.StandardOutput, StdoutBufferBytes);
            WriteAll(items.Of(inputs), stdout, writer, writerOptions, reporter);
            stdout.Flush();
        }
        reporter.Summary();
        return reporter.ExitCode;
    }

    private static void WriteAll(IEnumerable<StreamItem> items, Stream output, IArticleWriter writer, WriterOptions options, StreamReporter reporter)
    {
        foreach (var item in items)
        {
            if (item.Article is { } article)
                writer.Write(article, output, options);
            reporter.Report(item);
        }
    }

    /// <summary>--skip-existing keeps an existing output; --update keeps it when no input file is newer (stdin always is).</summary>
    private static bool KeepsExisting(string fullPath, IReadOnlyList<InputSource> inputs, ExistingOutputPolicy existing)
    {
        if (existing is ExistingOutputPolicy.Refuse or ExistingOutputPolicy.Overwrite || !File.Exists(fullPath))
            return false;
        if (existing == ExistingOutputPolicy.Skip)
            return true;
        var written = File.GetLastWriteTimeUtc(fullPath);
        return inputs.All(i => i.FullPath is { } path && File.GetLastWriteTimeUtc(path) <= written);
    }
}
