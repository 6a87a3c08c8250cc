using Convert.Cli.Input;
using Convert.Cli.Output;
using Convert.Core;
using Convert.Core.Learning;
using Convert.Core.Model;
using Convert.Core.Reading;
using Convert.Core.Validation;
using Convert.Core.Writing;

namespace Convert.Cli.Conversion;

/// <summary>Converts one planned input: read, convert, write. Thread-safe; failures become results, never exceptions.</summary>
/// <param name="engine">The conversion engine.</param>
/// <param name="writer">The output writer.</param>
/// <param name="env">Where files and streams come from.</param>
/// <param name="options">Options shared by every input (title override, input format); the source path is set per input.</param>
/// <param name="existing">What to do with outputs that already exist.</param>
/// <param name="writerOptions">Paper, printed URLs, reference document and package dates for the writer.</param>
internal sealed class ConversionJob(
    ConversionEngine engine, IArticleWriter writer, CliEnvironment env, ConversionOptions options, ExistingOutputPolicy existing, WriterOptions writerOptions)
{
    // Optimized from the first call: unoptimized code keeps every local alive to the end of the method, and so the
    // input's bytes through the whole conversion and write (a 16 MB page: 16 MB more at the peak).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public ConversionResult Run(PlannedConversion plan)
    {
        var input = plan.Input;
        if (plan.RefusalReason is { } refusal)
            return ConversionResult.Failed(input, refusal);
        if (ExistingOutputs.Skips(plan, existing))
            return ConversionResult.Skipped(input);

        try
        {
            var bytes = InputReader.Read(input, env.StandardInput, env.MaxInputBytes);
            var article = ControlCharacterGuard.Clean(engine.Convert(bytes, options with { SourcePath = input.SourcePath, InputFolder = input.IsStdin ? null : Path.GetDirectoryName(input.FullPath) }).Article);
            Write(article, plan.Target);
            return ConversionResult.Converted(input, [.. article.Warnings.Select(w => w.Message)], emptyBody: !ArticleChecks.HasBodyText(article));
        }
        catch (Exception e) when (e is InputFormatException or InputTooLargeException or IOException or UnauthorizedAccessException)
        {
            return ConversionResult.Failed(input, e.Message);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug in one input's conversion must not stop the batch; the run still exits 2.
        catch (Exception e) when (e is not ModelFormatException)
#pragma warning restore CA1031
        {
            return ConversionResult.Crashed(input, e);
        }
    }

    private void Write(Article article, OutputTarget target)
    {
        switch (target)
        {
            case FileTarget file:
                var options = writerOptions with { OutputFolder = Path.GetDirectoryName(file.FullPath) };
                AtomicFileWriter.Write(file.FullPath, ExistingOutputs.MayOverwrite(existing), stream => writer.Write(article, stream, options));
                break;
            case StdoutTarget:
                StdoutDocumentWriter.Write(env, stream => writer.Write(article, stream, writerOptions));
                break;
            default:
                throw new InvalidOperationException($"unknown output target {target}");
        }
    }
}
